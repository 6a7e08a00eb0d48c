package org.diaban.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.search.SearchHit;
import org.diaban.service.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diaban search TEXT}: the same search as the window's search field. */
@Command(name = "search", mixinStandardHelpOptions = true)
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    private DiaBanCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TEXT", descriptionKey = "search.text")
    private List<String> words;

    @Option(names = "--limit", defaultValue = "20", descriptionKey = "search.limit")
    private int limit;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        I18n i18n = root.i18n();
        try (Services services = root.openServices()) {
            SearchResult result = services.search().search(String.join(" ", words), limit);
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (SearchHit h : result.hits()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("kind", h.kind().name().toLowerCase());
                    row.put("id", h.id());
                    row.put("title", h.title());
                    row.put("context", h.context());
                    row.put("ended_on", h.endedOn() == null ? null : h.endedOn().toString());
                    rows.add(row);
                }
                out.println(Json.write(rows));
            } else {
                for (SearchHit h : result.hits()) {
                    String ended = h.endedOn() == null ? "" : " " + i18n.format("cli.search.ended",
                            Formats.date(h.endedOn()));
                    out.println(i18n.get("cli.search.kind." + h.kind().name()) + "\t" + h.title() + ended
                            + (h.context() == null || h.context().isEmpty() ? "" : "\t" + h.context()));
                }
                out.println(i18n.format("cli.search.total", Formats.number(result.total())));
            }
        }
        out.flush();
        return DiaBanCommand.OK;
    }
}
