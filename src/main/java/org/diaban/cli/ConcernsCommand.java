package org.diaban.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.concerns.ConcernFilter;
import org.diaban.service.concerns.ConcernSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code diaban concerns [--overdue] [--json]}: residents' concerns, newest first. */
@Command(name = "concerns", mixinStandardHelpOptions = true)
final class ConcernsCommand implements Callable<Integer> {

    private static final int CONTENT_WIDTH = 60;

    @ParentCommand
    private DiaBanCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--overdue", descriptionKey = "cli.concerns.overdueOption")
    private boolean overdue;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        I18n i18n = root.i18n();
        try (Services services = root.openServices()) {
            var concerns = services.concerns();
            List<ConcernSummary> rows = concerns.list(overdue ? ConcernFilter.overdue(concerns.today())
                    : ConcernFilter.ALL);
            if (json) {
                out.println(Json.write(rows.stream().map(ConcernsCommand::asJson).toList()));
            } else {
                table(out, i18n, rows);
            }
        }
        out.flush();
        return DiaBanCommand.OK;
    }

    private static Map<String, Object> asJson(ConcernSummary c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.id());
        row.put("unit", c.unitKey());
        row.put("unit_name", c.unitName());
        row.put("topic", c.topicCode());
        row.put("status", c.status().name().toLowerCase(Locale.ROOT));
        row.put("deadline", c.deadline() == null ? null : c.deadline().toString());
        row.put("raised_on", c.raisedOn().toString());
        row.put("responsible_body", c.responsibleBody());
        row.put("content", c.content());
        row.put("days_overdue", c.daysOverdue());
        return row;
    }

    /** An aligned table: id, raised, deadline, status, place, topic, content (cut to one line). */
    private void table(PrintWriter out, I18n i18n, List<ConcernSummary> rows) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"#", i18n.get("cli.concerns.raisedOn"), i18n.get("cli.concerns.deadline"),
            i18n.get("cli.concerns.status"), i18n.get("cli.concerns.unit"), i18n.get("cli.concerns.topic"),
            i18n.get("cli.concerns.content")});
        for (ConcernSummary c : rows) {
            String status = i18n.get("cli.concerns.status." + c.status().name());
            if (c.overdue()) {
                status += " " + i18n.format("cli.concerns.late", c.daysOverdue());
            }
            lines.add(new String[] {String.valueOf(c.id()), Formats.date(c.raisedOn()),
                c.deadline() == null ? "" : Formats.date(c.deadline()), status, nz(c.unitName()),
                nz(c.topicName(i18n.isEnglish())), cut(c.content())});
        }
        int[] widths = new int[7];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : lines) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                boolean last = i == line.length - 1;
                b.append(last ? line[i] : String.format("%-" + widths[i] + "s  ", line[i]));
            }
            out.println(b.toString().stripTrailing());
        }
        out.println(i18n.format(overdue ? "cli.concerns.totalOverdue" : "cli.concerns.total",
                Formats.number(rows.size())));
    }

    private static String cut(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= CONTENT_WIDTH ? one : one.substring(0, CONTENT_WIDTH - 1) + "…";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
