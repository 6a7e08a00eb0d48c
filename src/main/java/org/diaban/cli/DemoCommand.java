package org.diaban.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.demo.DataSetSummary;
import org.diaban.service.demo.DemoService;
import org.diaban.service.demo.ProgressListener;
import org.diaban.service.demo.ScaleParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code diaban demo [--replace] [--scale province|small]}: loads the demo province, or a data
 * set of a given size, into an empty database (or in place of all data with --replace).
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

    /** The sizes of the scale data set that the command offers. */
    enum Scale {
        province,
        small
    }

    @ParentCommand
    private DiaBanCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--replace", descriptionKey = "demo.replace")
    private boolean replace;

    @Option(names = "--scale", paramLabel = "SIZE", descriptionKey = "demo.scale")
    private Scale scale;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        I18n i18n = root.i18n();
        try (Services services = root.openServices()) {
            DemoService demo = services.demo();
            long units = demo.unitCount();
            if (units > 0 && !replace) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(i18n.format("cli.demo.refused", services.database().location().folder(), units));
                err.flush();
                return DiaBanCommand.FAILED;
            }
            ProgressListener progress = (done, total, key) -> {
                out.println(i18n.format("cli.demo.step", done, total, i18n.get(key)));
                out.flush();
            };
            DataSetSummary s = scale == null ? demo.loadDemo(replace, progress, () -> false)
                    : demo.loadScale(scale == Scale.province ? ScaleParameters.province()
                    : ScaleParameters.province().scaled(0.01), replace, progress, () -> false);
            print(out, i18n, s);
        }
        out.flush();
        return DiaBanCommand.OK;
    }

    private static void print(PrintWriter out, I18n i18n, DataSetSummary s) {
        out.println(i18n.format("cli.demo.loaded", Formats.decimal(s.elapsed().toMillis() / 1000.0, 1),
                String.valueOf(s.batchId())));
        out.println("  " + i18n.format("cli.info.units", Formats.number(s.units())));
        out.println("  " + i18n.format("cli.demo.reorganisations", Formats.number(s.reorganisations())));
        out.println("  " + i18n.format("cli.info.households", Formats.number(s.households())));
        out.println("  " + i18n.format("cli.info.cadres", Formats.number(s.cadres())));
        out.println("  " + i18n.format("cli.info.decisions", Formats.number(s.decisions())));
        out.println("  " + i18n.format("cli.info.assignments", Formats.number(s.assignments())));
        out.println("  " + i18n.format("cli.info.activities", Formats.number(s.activities())));
        out.println("  " + i18n.format("cli.info.concerns", Formats.number(s.concerns())));
        out.println("  " + i18n.format("cli.info.workingGroups", Formats.number(s.workingGroups())));
    }
}
