package org.diaban.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.diaban.cli.GuiStarter;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.importing.hierarchy.HierarchyImporter;
import org.diaban.importing.legacy.commit.LegacyImportService;
import org.diaban.persistence.DataFolderInUseException;
import org.diaban.persistence.DataLocation;
import org.diaban.persistence.Database;
import org.diaban.persistence.InstanceLock;
import org.diaban.service.Services;
import org.diaban.service.common.Clock;
import org.diaban.ui.common.Dialogs;
import org.diaban.ui.shell.MainWindow;

/**
 * Opens the window as fast as a JavaFX program can: preferences, texts and the folder lock are
 * read while the toolkit starts; the first frame shows the menus and tool bar; the tabs, the
 * calendar and the database follow once that frame is on screen.
 */
public final class DesktopStarter implements GuiStarter {

    /** What is known before the window opens: the user's choices and whether the folder is free. */
    private record Prepared(UserPreferences prefs, I18n i18n, InstanceLock lock, String refusal) {
    }

    @Override
    public int start(DataLocation location) {
        CompletableFuture<Prepared> prepared = CompletableFuture.supplyAsync(() -> prepare(location),
                command -> daemon("diaban-prepare", command).start());
        CompletableFuture<Services> services = new CompletableFuture<>();
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<MainWindow> window = new AtomicReference<>();
        StartupProbe probe = StartupProbe.fromSystemProperties();

        Platform.setImplicitExit(true);
        try {
            Platform.startup(() -> {
                Prepared p = prepared.join();
                if (p.refusal() != null) {
                    System.err.println(p.refusal());
                    // in a later pulse: a nested event loop inside the start-up call paints nothing
                    Platform.runLater(() -> {
                        new Dialogs(p.i18n()).error(null, p.refusal());
                        closed.countDown();
                    });
                    return;
                }
                window.set(open(p, location, services, probe, closed));
            });
        } catch (IllegalStateException | UnsupportedOperationException e) {
            // no display at all: say why on the console
            Prepared p = prepared.join();
            System.err.println(p.refusal() != null ? p.refusal() : e.getMessage());
            return 2;
        }
        await(closed);
        if (prepared.join().refusal() != null) {
            Platform.exit();
            return 2;
        }
        MainWindow w = window.get();
        if (w != null) {
            w.shutdown();
        }
        services.thenAccept(Services::close);
        Platform.exit();
        return 0;
    }

    private static Prepared prepare(DataLocation location) {
        UserPreferences prefs = UserPreferences.load(location.folder());
        I18n i18n = new I18n(I18n.localeFor(prefs.language()));
        try {
            return new Prepared(prefs, i18n, InstanceLock.acquire(location), null);
        } catch (DataFolderInUseException e) {
            return new Prepared(prefs, i18n, null, new ErrorMessages(i18n).describe(e));
        }
    }

    private static MainWindow open(Prepared p, DataLocation location, CompletableFuture<Services> services,
                                   StartupProbe probe, CountDownLatch closed) {
        UserPreferences prefs = p.prefs();
        Stage stage = new Stage();
        MainWindow w = new MainWindow(stage, p.i18n(), prefs::language, language -> {
            prefs.setLanguage(language);
            prefs.save();
        });
        // never larger than the screen: office laptops often have 1366 x 768 and a task bar
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(prefs.windowWidth(), screen.getWidth()));
        stage.setHeight(Math.min(prefs.windowHeight(), screen.getHeight()));
        stage.setMaximized(prefs.maximized());
        stage.setOnHidden(e -> {
            prefs.setMaximized(stage.isMaximized());
            if (!stage.isMaximized()) {
                prefs.setWindowSize(stage.getWidth(), stage.getHeight());
            }
            prefs.save();
            closed.countDown();
        });
        w.setFileOpener(new SystemOpener());
        probe.watch(stage, w);
        stage.show();
        // the rest waits for the first frame: started together, everything competes for the class
        // loader and the two cores, and the window appears much later
        FirstFrame.then(() -> {
            w.completeLayout();
            daemon("diaban-open-database", () -> {
                try {
                    services.complete(new Services(Database.open(location, p.lock()), Clock.system()));
                } catch (RuntimeException | Error e) {
                    services.completeExceptionally(e);
                }
            }).start();
        });
        services.whenComplete((ready, error) -> Platform.runLater(() -> {
            if (error != null) {
                w.showFatal(error);
            } else {
                w.attach(ready, new HierarchyImporter(ready.database(), ready.reference(), ready.changes(),
                        ready.clock()), new LegacyImportService(ready.database(), ready.hierarchyQueries(),
                        ready.changes()),
                        new ServiceReportMaking(ready, prefs::language));
                w.offerDemoIfEmpty();
            }
        }));
        return w;
    }

    private static Thread daemon(String name, Runnable work) {
        Thread t = new Thread(work, name);
        t.setDaemon(true);
        return t;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
