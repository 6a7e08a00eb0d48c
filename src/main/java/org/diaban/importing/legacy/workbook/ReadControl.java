package org.diaban.importing.legacy.workbook;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Progress reporting and cancellation for a read. Both are called on the reading thread; the
 * cancel check is polled for every row, progress is reported every few hundred rows and at the end
 * of each sheet.
 */
public record ReadControl(Consumer<ReadProgress> progress, BooleanSupplier cancelRequested) {

    /** No progress, never cancelled. */
    public static final ReadControl NONE = new ReadControl(p -> { }, () -> false);

    public ReadControl {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelRequested, "cancelRequested");
    }
}
