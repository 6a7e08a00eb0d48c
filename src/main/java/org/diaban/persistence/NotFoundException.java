package org.diaban.persistence;

/** A row asked for by id is not there (deleted meanwhile, or a wrong id on the command line). */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String entity, Object id) {
        super(entity + " " + id + " not found");
    }
}
