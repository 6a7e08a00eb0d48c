package org.diaban.reporting;

import java.nio.file.Path;

/**
 * A user's profile file that could not be used, and why; the report dialog shows these so that
 * an edited file that stopped working is noticed instead of silently falling back.
 */
public record ProfileProblem(Path file, String detail) {

    /** "profiles/mine.json: ..." – names the file first, as the user knows it. */
    public String message() {
        return file.getFileName() + ": " + detail;
    }
}
