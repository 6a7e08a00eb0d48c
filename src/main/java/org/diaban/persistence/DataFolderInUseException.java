package org.diaban.persistence;

import java.nio.file.Path;

/** Another Địa Bàn (or another program) has the data folder open. */
public class DataFolderInUseException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    public DataFolderInUseException(Path folder, Throwable cause) {
        super("database.error.inUse", folder, cause);
    }
}
