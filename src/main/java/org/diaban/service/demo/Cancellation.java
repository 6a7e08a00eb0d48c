package org.diaban.service.demo;

import java.util.function.BooleanSupplier;

/** Asks whether the user gave up; long phases look every few hundred rows. */
final class Cancellation {

    static final Cancellation NEVER = new Cancellation(() -> false);

    private final BooleanSupplier cancelled;

    Cancellation(BooleanSupplier cancelled) {
        this.cancelled = cancelled == null ? () -> false : cancelled;
    }

    void check() {
        if (cancelled.getAsBoolean()) {
            throw new LoadCancelledException();
        }
    }
}
