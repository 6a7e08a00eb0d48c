package org.diaban.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/** Raised by the Cancel button, read by the background work between steps. */
public final class CancelFlag implements BooleanSupplier {

    private final AtomicBoolean raised = new AtomicBoolean();

    public void raise() {
        raised.set(true);
    }

    @Override
    public boolean getAsBoolean() {
        return raised.get();
    }
}
