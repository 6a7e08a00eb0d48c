package org.diaban.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.i18n.Formats;
import org.diaban.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diaban hierarchy successors KEY --date D}: which units stand for an old unit on a day. */
@Command(name = "successors", mixinStandardHelpOptions = true)
final class HierarchySuccessorsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "KEY", descriptionKey = "hierarchy.successors.key")
    private String key;

    @Option(names = "--date", converter = DateConverter.class, descriptionKey = "option.date")
    private LocalDate date;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    public Integer call() {
        DiaBanCommand root = (DiaBanCommand) spec.parent().parent().userObject();
        PrintWriter out = spec.commandLine().getOut();
        LocalDate day = date != null ? date : LocalDate.now();
        try (Services services = root.openServices()) {
            List<UnitState> successors = services.hierarchyQueries().successorsOn(key, day);
            if (json) {
                out.println(Json.write(successors.stream().map(u -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("key", u.externalKey());
                    m.put("full_name", u.fullName());
                    m.put("type", u.typeCode());
                    return m;
                }).toList()));
            } else if (successors.isEmpty()) {
                out.println(root.i18n().format("cli.successors.none", key, Formats.date(day)));
            } else {
                out.println(root.i18n().format("cli.successors.header", key, Formats.date(day)));
                successors.forEach(u -> out.println("  " + u.fullName() + "  [" + u.externalKey() + "]"));
            }
        }
        out.flush();
        return DiaBanCommand.OK;
    }
}
