package org.diaban.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.diaban.domain.common.LocalizedFailure;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.persistence.DataLocation;
import org.diaban.service.Services;
import org.diaban.service.common.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code diaban [--data-dir DIR] [COMMAND]}: without a command the window opens; with one,
 * the work is done headless and the process ends. Texts come from the {@code cli} bundle, in
 * Vietnamese unless {@code DIABAN_LANG=en}.
 */
@Command(name = "diaban", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true, exitCodeOnInvalidInput = DiaBanCommand.FAILED,
        exitCodeOnExecutionException = DiaBanCommand.FAILED,
        subcommands = {HierarchyCommand.class, SearchCommand.class, InfoCommand.class, DemoCommand.class,
            ComplianceCommand.class, ConcernsCommand.class,
            ImportCommand.class, ReportCommand.class})
public final class DiaBanCommand implements Callable<Integer> {

    public static final int OK = 0;
    public static final int SOME_REJECTED = 1;
    public static final int FAILED = 2;

    private final GuiStarter gui;
    private final Runnable shortRun;
    private final I18n i18n;

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "option.dataDir")
    private Path dataDir;

    public DiaBanCommand(GuiStarter gui) {
        this(gui, () -> { });
    }

    /**
     * @param shortRun what a command that reads a large file and ends asks of the process before
     *        it starts (the jar's entry point: compile for a short run)
     */
    public DiaBanCommand(GuiStarter gui, Runnable shortRun) {
        this.gui = gui;
        this.shortRun = shortRun;
        this.i18n = new I18n(I18n.localeFor(System.getenv("DIABAN_LANG")));
    }

    /** The command line with its texts in the chosen language and errors printed as sentences. */
    public CommandLine commandLine() {
        CommandLine cl = new CommandLine(this);
        cl.setResourceBundle(ResourceBundle.getBundle("i18n/cli", i18n.locale(), DiaBanCommand.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println(i18n.get("cli.error.prefix") + " " + new ErrorMessages(i18n).describe(ex));
            if (!(ex instanceof LocalizedFailure)) {
                ex.printStackTrace(err);
            }
            err.flush();
            return FAILED;
        });
        return cl;
    }

    @Override
    public Integer call() {
        return gui.start(location());
    }

    /** Prepares the process for a command that runs for seconds and ends. */
    void prepareShortRun() {
        shortRun.run();
    }

    /** The data folder: --data-dir, else DIABAN_HOME, else the platform's user data folder. */
    public DataLocation location() {
        return DataLocation.resolve(dataDir);
    }

    /** Opens the services on the data folder for one command. */
    public Services openServices() {
        return Services.open(location(), Clock.system());
    }

    public I18n i18n() {
        return i18n;
    }

    public Locale locale() {
        return i18n.locale();
    }
}
