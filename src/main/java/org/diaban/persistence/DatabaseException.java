package org.diaban.persistence;

import java.nio.file.Path;
import java.util.List;
import org.diaban.domain.common.LocalizedFailure;

/**
 * The data folder could not be opened. The message key names the reason in the resource
 * bundles; the folder is given so the user knows which one.
 */
public class DatabaseException extends RuntimeException implements LocalizedFailure {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Path folder;

    public DatabaseException(String messageKey, Path folder, Throwable cause) {
        super(messageKey + ": " + folder + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        this.messageKey = messageKey;
        this.folder = folder;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public List<Object> messageArguments() {
        return List.of(folder);
    }
}
