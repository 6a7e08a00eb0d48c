package org.diaban.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diaban.domain.compliance.Standing;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.Services;
import org.diaban.service.compliance.ComplianceReport;
import org.diaban.service.compliance.ComplianceRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code diaban compliance --year YYYY [--scope KEY] [--json]}: the Regulation 1764 list. JSON
 * {@code status} values are the {@link Standing} names in lower case: met, on_track, behind,
 * tier_abolished (the committee's tier no longer existed on any seat day, e.g. a district seat in
 * 2026) and no_norm (no norm was in force at all).
 */
@Command(name = "compliance", mixinStandardHelpOptions = true)
final class ComplianceCommand implements Callable<Integer> {

    @ParentCommand
    private DiaBanCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "cli.compliance.option.year")
    private Integer year;

    @Option(names = "--scope", paramLabel = "KEY", descriptionKey = "cli.compliance.option.scope")
    private String scope;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        I18n i18n = root.i18n();
        try (Services services = root.openServices()) {
            int y = year != null ? year : services.clock().today().getYear();
            Long scopeId = scope == null ? null : services.compliance().scopeByKey(scope);
            ComplianceReport report = services.compliance().report(y, scopeId);
            if (json) {
                out.println(Json.write(report.rows().stream().map(r -> object(r, i18n)).toList()));
            } else {
                printTable(out, i18n, report);
            }
        }
        out.flush();
        return DiaBanCommand.OK;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String status(Standing standing) {
        return standing.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> object(ComplianceRow r, I18n i18n) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("name", r.name());
        o.put("cadre_id", r.cadreId());
        o.put("tier", r.tierCode());
        o.put("committee", r.committeeName());
        o.put("position", r.title() != null ? r.title() : i18n.get("cadres.kind." + r.kind().name()));
        o.put("required", r.required());
        o.put("attended", r.attended());
        o.put("status", status(r.standing()));
        o.put("norm_per_year", r.normPerYear());
        o.put("seat_days", r.seatDays());
        o.put("tier_abolished_on", r.tierAbolishedOn() == null ? null : r.tierAbolishedOn().toString());
        o.put("policy", r.policy().name().toLowerCase(Locale.ROOT));
        return o;
    }

    private static void printTable(PrintWriter out, I18n i18n, ComplianceReport report) {
        List<String[]> lines = new ArrayList<>();
        lines.add(i18n.get("cli.compliance.header").split("\\|"));
        for (ComplianceRow r : report.rows()) {
            String tier = i18n.isEnglish() ? r.tierNameEn() : r.tierNameVi();
            if (r.tierAbolishedOn() != null) {
                tier += " (" + i18n.format("compliance.abolished", Formats.date(r.tierAbolishedOn())) + ")";
            }
            lines.add(new String[] {r.name(), r.committeeName(), tier,
                r.required() == null ? "–" : Formats.number(r.required()), Formats.number(r.attended()),
                i18n.get("compliance.status." + r.standing().name())});
        }
        int[] widths = new int[lines.get(0).length];
        for (String[] l : lines) {
            for (int i = 0; i < l.length; i++) {
                widths[i] = Math.max(widths[i], l[i].length());
            }
        }
        for (String[] l : lines) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < l.length; i++) {
                boolean number = i == 3 || i == 4;
                String cell = number ? " ".repeat(widths[i] - l[i].length()) + l[i]
                        : l[i] + " ".repeat(widths[i] - l[i].length());
                b.append(cell).append(i < l.length - 1 ? "  " : "");
            }
            out.println(b.toString().stripTrailing());
        }
        out.println(i18n.format("cli.compliance.summary", String.valueOf(report.year()), Formats.date(report.asOf()),
                lowerFirst(i18n.get("compliance.policy." + report.policy().name())), Formats.number(report.rows().size()),
                Formats.number(report.count(Standing.MET)), Formats.number(report.count(Standing.ON_TRACK)),
                Formats.number(report.count(Standing.BEHIND)), Formats.number(report.count(Standing.TIER_ABOLISHED)),
                Formats.decimal(report.compliantPercent(), 1)));
    }
}
