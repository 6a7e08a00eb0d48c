package org.diaban.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.diaban.i18n.I18n;
import org.diaban.importing.hierarchy.HierarchyImportResult;
import org.diaban.importing.hierarchy.HierarchyImporter;
import org.diaban.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diaban hierarchy import FILE}: creates or corrects units from a hierarchy JSON file. */
@Command(name = "import", mixinStandardHelpOptions = true)
final class HierarchyImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "hierarchy.import.file")
    private Path file;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    public Integer call() {
        DiaBanCommand root = (DiaBanCommand) spec.parent().parent().userObject();
        PrintWriter out = spec.commandLine().getOut();
        I18n i18n = root.i18n();
        HierarchyImportResult result;
        try (Services services = root.openServices()) {
            result = new HierarchyImporter(services.database(), services.reference(), services.changes(),
                    services.clock()).importFile(file);
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", result.sourceName());
            m.put("created", result.created());
            m.put("corrected", result.corrected());
            m.put("unchanged", result.unchanged());
            m.put("batch_id", result.batchId());
            m.put("corrections", result.corrections().stream().map(c -> Map.of("key", c.key(), "fields", c.fields()))
                    .toList());
            out.println(Json.write(m));
        } else if (result.changedNothing()) {
            out.println(i18n.format("cli.import.hierarchy.nothing", result.sourceName(), result.unchanged()));
        } else {
            out.println(i18n.format("cli.import.hierarchy.done", result.sourceName(), result.created(),
                    result.corrected(), result.unchanged(), String.valueOf(result.batchId())));
            for (HierarchyImportResult.Correction c : result.corrections()) {
                String fields = c.fields().stream().map(f -> i18n.get("cli.import.field." + f))
                        .collect(Collectors.joining(", "));
                out.println("  " + i18n.format("cli.import.hierarchy.corrected", c.key(), fields));
            }
        }
        out.flush();
        return DiaBanCommand.OK;
    }
}
