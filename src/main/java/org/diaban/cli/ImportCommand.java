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
import org.diaban.importing.legacy.commit.ColumnMappingStore;
import org.diaban.importing.legacy.commit.FileImportResult;
import org.diaban.importing.legacy.commit.FileRequest;
import org.diaban.importing.legacy.commit.LegacyImportService;
import org.diaban.importing.legacy.commit.MatchAnswers;
import org.diaban.importing.legacy.commit.MatchCandidate;
import org.diaban.importing.legacy.commit.MatchQuestion;
import org.diaban.importing.legacy.records.LegacyDryRun;
import org.diaban.importing.legacy.workbook.ReadControl;
import org.diaban.persistence.PlainDatabase;
import org.diaban.service.common.DataChanges;
import org.diaban.service.hierarchy.HierarchyQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code diaban import FILE... [--district KEY] [--dry-run] [--json]}: reads legacy spreadsheets and
 * says, row by row, what they hold and what is wrong with them; without {@code --dry-run} it
 * stores each file without a file-level error as one import batch (rejected rows left out).
 * Uncertain people are not merged: they get cadres of their own and are listed. Exit 0 when every
 * row was accepted, 1 when rows were rejected, 2 when a file was.
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
        int exit = DiaBanCommand.OK;
        root.prepareShortRun();
        // an import only needs plain SQL: the command opens the database without the object mapping
        try (PlainDatabase db = PlainDatabase.open(root.location())) {
            HierarchyQueries hierarchy = HierarchyQueries.ofSnapshot(db.unitStates(), db.unitLifetimes(),
                    db.reorganisationSteps());
            if (dryRun) {
                // household rows are listed only in JSON, where they make the output comparable with a key
                LegacyDryRun reader = new LegacyDryRun(hierarchy, json, ColumnMappingStore.loadFrom(db));
                for (Path file : files) {
                    reports.add(reader.run(file, district));
                }
                exit = reports.stream().mapToInt(ImportCommand::exitCode).max().orElse(DiaBanCommand.OK);
            } else {
                LegacyImportService imports = new LegacyImportService(db, hierarchy, new DataChanges());
                List<FileRequest> requests = files.stream().map(f -> new FileRequest(f, district)).toList();
                for (FileImportResult result : imports.commit(requests, MatchAnswers.none(), ReadControl.NONE)) {
                    reports.add(result.report());
                    exit = Math.max(exit, result.committed() ? exitCode(result.report()) : DiaBanCommand.FAILED);
                    if (!json) {
                        if (result.report().get("shape") != null) {
                            describe(out, i18n, result.report());
                        } else {
                            out.println(result.file().getFileName() + ":");
                        }
                        describeCommit(out, i18n, result);
                    }
                }
            }
        }
        if (json) {
            try {
                DryRunJson.write(reports, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            out.println();
        } else if (dryRun) {
            reports.forEach(r -> describe(out, i18n, r));
        }
        out.flush();
        return exit;
    }

    private static void describeCommit(PrintWriter out, I18n i18n, FileImportResult result) {
        if (result.committed()) {
            out.println("  " + i18n.format("cli.legacy.stored", result.batchId(), result.stored().entrySet().stream()
                    .map(e -> e.getValue() + " " + i18n.get("cli.legacy.kind." + e.getKey()))
                    .collect(java.util.stream.Collectors.joining(", "))));
            for (MatchQuestion q : result.questions()) {
                out.println("  " + i18n.format("cli.legacy.uncertain", q.sheet(), q.row(), q.name(),
                        q.candidates().stream().map(MatchCandidate::label)
                                .collect(java.util.stream.Collectors.joining("; "))));
            }
        } else {
            out.println("  " + i18n.format("cli.legacy.refused", i18n.get("cli.legacy.refusal." + result.refusal()),
                    result.detail() == null ? "" : result.detail()));
        }
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
        return i18n.format(key, where(i18n, f), f.code(), text(f.field()),
                f.value() == null ? "" : String.valueOf(f.value()));
    }

    /** "Sheet PC 2022, row 17, column E", or as much of it as the finding has. */
    static String where(I18n i18n, Finding f) {
        if (f.sheet() == null) {
            return i18n.get("import.legacy.where.file");
        }
        if (f.row() == null) {
            return i18n.format("import.legacy.where.sheet", f.sheet());
        }
        // the row as digits: MessageFormat would group 12345 as "12,345"
        String row = String.valueOf(f.row());
        return f.column() == null ? i18n.format("import.legacy.where.row", f.sheet(), row)
                : i18n.format("import.legacy.where.cell", f.sheet(), row, f.column());
    }

    private static String text(Object value) {
        return value == null ? "–" : String.valueOf(value);
    }
}
