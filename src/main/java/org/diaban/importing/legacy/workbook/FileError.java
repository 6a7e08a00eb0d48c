package org.diaban.importing.legacy.workbook;

import java.util.Objects;

/** One file-level error with a message for people. */
public record FileError(FileErrorCode code, String message) {

    public FileError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
