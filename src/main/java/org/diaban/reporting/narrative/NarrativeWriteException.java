package org.diaban.reporting.narrative;

import java.nio.file.Path;
import java.util.List;

import org.diaban.domain.common.LocalizedFailure;

/** The draft could not be written (folder missing or read-only, file open in Word, disk full). */
public final class NarrativeWriteException extends RuntimeException implements LocalizedFailure {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String reason;

    NarrativeWriteException(Path file, Exception cause) {
        super("cannot write " + file + ": " + cause.getMessage(), cause);
        this.file = file.toString();
        this.reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    @Override
    public String messageKey() {
        return "narrative.error.write";
    }

    @Override
    public List<Object> messageArguments() {
        return List.of(file, reason);
    }
}
