package org.diaban.importing.legacy.workbook;

/** A file-level error found inside a reader; turned into the result's {@link FileError}. */
final class ReadFailure extends Exception {

    private final transient FileError error;

    ReadFailure(FileErrorCode code, String message) {
        this(code, message, null);
    }

    ReadFailure(FileErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.error = new FileError(code, message);
    }

    FileError error() {
        return error;
    }

    static ReadFailure passwordProtected() {
        return new ReadFailure(FileErrorCode.UNREADABLE_FILE,
                "The file is password-protected (encrypted). Open it in Excel, remove the password "
                        + "and save it again before importing.");
    }

    static ReadFailure damaged(String what, Throwable cause) {
        String detail = cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")";
        return new ReadFailure(FileErrorCode.UNREADABLE_FILE,
                "The " + what + " is truncated or damaged and cannot be read" + detail + ".", cause);
    }
}
