package org.diaban.persistence;

import java.nio.file.Path;

/**
 * The data folder could not be opened. The message key names the reason in the resource
 * bundles; the folder is given so the user knows which one.
 */
public class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Path folder;

    public DatabaseException(String messageKey, Path folder, Throwable cause) {
        super(messageKey + ": " + folder + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.messageKey = messageKey;
        this.folder = folder;
    }

    public String messageKey() {
        return messageKey;
    }

    public Path folder() {
        return folder;
    }
}
