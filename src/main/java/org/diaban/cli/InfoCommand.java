package org.diaban.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diaban info}: where the data is and how much of it there is. */
@Command(name = "info", mixinStandardHelpOptions = true)
final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    private DiaBanCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        I18n i18n = root.i18n();
        try (Services services = root.openServices()) {
            var location = services.database().location();
            out.println(i18n.format("cli.info.folder", location.folder()));
            long bytes = Files.exists(location.databaseFile()) ? Files.size(location.databaseFile()) : 0;
            out.println(i18n.format("cli.info.size", Formats.decimal(bytes / 1_048_576.0, 1)));
            services.database().read(s -> {
                out.println(i18n.format("cli.info.units", Formats.number(s.units().count())));
                out.println(i18n.format("cli.info.households", Formats.number(s.households().count())));
                out.println(i18n.format("cli.info.cadres", Formats.number(s.cadres().count())));
                out.println(i18n.format("cli.info.decisions", Formats.number(s.decisions().count())));
                out.println(i18n.format("cli.info.assignments", Formats.number(s.assignments().count())));
                out.println(i18n.format("cli.info.activities", Formats.number(s.activities().count())));
                out.println(i18n.format("cli.info.concerns", Formats.number(s.concerns().count())));
                out.println(i18n.format("cli.info.workingGroups", Formats.number(s.workingGroups().count())));
                return null;
            });
        }
        out.flush();
        return DiaBanCommand.OK;
    }
}
