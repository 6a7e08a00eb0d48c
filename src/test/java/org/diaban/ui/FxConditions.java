package org.diaban.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits in a UI test for a condition on what the window shows, judging it on the FX thread: the
 * window fills its tables and lists there, and reading them from the test thread at the same time
 * can fail ({@code ConcurrentModificationException}) or see half an update.
 */
final class FxConditions {

    private FxConditions() {
    }

    static void waitFor(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(seconds, TimeUnit.SECONDS));
    }
}
