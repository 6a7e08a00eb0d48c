package org.diaban.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.diaban.i18n.I18n;
import org.diaban.importing.legacy.records.DryRunJson;
import org.diaban.importing.legacy.records.DryRunReport;
import org.diaban.importing.legacy.records.Finding;
import org.diaban.importing.legacy.records.LegacyDryRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code diaban import FILE... [--district KEY] --dry-run [--json]}: reads legacy spreadsheets and
 * says, row by row, what they hold and what is wrong with them. Saving into the database is not
 * built yet, so without {@code --dry-run} the command reads the files, says so and writes nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private DiaBanCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "cli.legacy.files")
    private List<Path> files;

    @Option(names = "--district", paramLabel = "KEY", descriptionKey = "cli.legacy.district")
    private String district;

    @Option(names = "--dry-run", descriptionKey = "cli.legacy.dryRun")
    private boolean dryRun;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        I18n i18n = root.i18n();
        List<DryRunReport> reports = new ArrayList<>();
        // the database opens while the first file is being read: a reader needs the hierarchy only
        // at its first table
        try (OpeningServices services = OpeningServices.start(root::openServices)) {
            // household rows are listed only in JSON, where an answer key compares them; the text
            // summary needs none of them, and a large file has 50,000
            LegacyDryRun reader = new LegacyDryRun(() -> services.get().hierarchyQueries(), json);
            for (Path file : files) {
                reports.add(reader.run(file, district));
            }
            // a data folder that cannot be opened fails the command even when no file needed it
            services.get();
        }
        if (json) {
            out.println(reports.size() == 1 ? DryRunJson.write(reports.get(0))
                    : "[" + String.join(",\n", reports.stream().map(DryRunJson::write).toList()) + "]");
        } else {
            reports.forEach(r -> describe(out, i18n, r));
        }
        int exit = reports.stream().mapToInt(ImportCommand::exitCode).max().orElse(DiaBanCommand.OK);
        if (!dryRun) {
            spec.commandLine().getErr().println(i18n.get("cli.legacy.notSaved"));
            spec.commandLine().getErr().flush();
            exit = DiaBanCommand.FAILED;
        }
        out.flush();
        return exit;
    }

    private static int exitCode(DryRunReport report) {
        return switch (report.outcome()) {
            case "accept" -> DiaBanCommand.OK;
            case "partial" -> DiaBanCommand.SOME_REJECTED;
            default -> DiaBanCommand.FAILED;
        };
    }

    private static void describe(PrintWriter out, I18n i18n, DryRunReport r) {
        out.println(i18n.format("cli.legacy.file", r.get("file"), text(r.get("shape")), text(r.get("district_id")),
                text(r.get("encoding")), r.recordCount(), r.errors().size(), r.warnings().size(),
                i18n.get("cli.legacy.outcome." + r.outcome())));
        for (Finding f : r.errors()) {
            out.println("  " + line(i18n, "cli.legacy.error", f));
        }
        for (Finding f : r.warnings()) {
            out.println("  " + line(i18n, "cli.legacy.warning", f));
        }
    }

    private static String line(I18n i18n, String key, Finding f) {
        return i18n.format(key, text(f.sheet()), f.row() == null ? "–" : String.valueOf(f.row()), f.code(),
                text(f.field()), f.value() == null ? "" : String.valueOf(f.value()));
    }

    private static String text(Object value) {
        return value == null ? "–" : String.valueOf(value);
    }
}
