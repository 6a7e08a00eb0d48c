package org.diaban.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.diaban.cli.GuiStarter;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.persistence.DataFolderInUseException;
import org.diaban.persistence.DataLocation;
import org.diaban.persistence.Database;
import org.diaban.persistence.InstanceLock;
import org.diaban.service.Services;
import org.diaban.service.common.Clock;
import org.diaban.ui.common.Dialogs;
import org.diaban.ui.shell.MainWindow;

/**
 * Opens the window. The database opens on a background thread while JavaFX starts, so the
 * window appears as fast as a bare one and fills in when the data is ready.
 */
public final class DesktopStarter implements GuiStarter {

    @Override
    public int start(DataLocation location) {
        UserPreferences prefs = UserPreferences.load(location.folder());
        I18n i18n = new I18n(I18n.localeFor(prefs.language()));
        InstanceLock lock;
        try {
            lock = InstanceLock.acquire(location);
        } catch (DataFolderInUseException e) {
            return refuse(i18n, new ErrorMessages(i18n).describe(e));
        }
        CompletableFuture<Services> services = new CompletableFuture<>();

        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<MainWindow> window = new AtomicReference<>();
        StartupProbe probe = StartupProbe.fromSystemProperties();
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, i18n, prefs::language, language -> {
                prefs.setLanguage(language);
                prefs.save();
            });
            window.set(w);
            stage.setWidth(prefs.windowWidth());
            stage.setHeight(prefs.windowHeight());
            stage.setOnHidden(e -> {
                prefs.setWindowSize(stage.getWidth(), stage.getHeight());
                prefs.save();
                closed.countDown();
            });
            probe.watch(stage, w);
            stage.show();
            // open the database once the window is on screen: started together, both compete for the
            // class loader and the CPU, and the window appears much later
            FirstFrame.then(() -> openInBackground(location, lock, services));
            services.whenComplete((ready, error) -> Platform.runLater(() -> {
                if (error != null) {
                    w.showFatal(error);
                } else {
                    w.attach(ready);
                }
            }));
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        MainWindow w = window.get();
        if (w != null) {
            w.shutdown();
        }
        services.thenAccept(Services::close);
        Platform.exit();
        return 0;
    }

    private static void openInBackground(DataLocation location, InstanceLock lock,
                                         CompletableFuture<Services> services) {
        Thread t = new Thread(() -> {
            try {
                services.complete(new Services(Database.open(location, lock), Clock.system()));
            } catch (RuntimeException | Error e) {
                services.completeExceptionally(e);
            }
        }, "diaban-open-database");
        t.setDaemon(true);
        t.start();
    }

    /** Says, in a message box and on the console, why the window cannot open. */
    private static int refuse(I18n i18n, String message) {
        System.err.println(message);
        CountDownLatch done = new CountDownLatch(1);
        try {
            // the dialog opens in a later pulse: a nested event loop inside the start-up call paints nothing
            Platform.startup(() -> Platform.runLater(() -> {
                new Dialogs(i18n).error(null, message);
                done.countDown();
            }));
            done.await();
        } catch (IllegalStateException | UnsupportedOperationException e) {
            // no display: the console message is all we can give
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        return 2;
    }
}
