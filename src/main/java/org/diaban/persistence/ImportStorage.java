package org.diaban.persistence;

import java.util.function.Function;

/**
 * A database that legacy imports can use: the window's {@link Database}, or the command line's
 * {@link PlainDatabase}, which imports without the object mapping.
 */
public interface ImportStorage {

    /**
     * Runs work on the import tables in one transaction: all of it is written (the pending bulk
     * rows included), or none of it when the work throws.
     */
    <T> T importTransaction(Function<ImportTables, T> work);
}
