package org.diaban.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import org.diaban.i18n.I18n;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.Resolution77Report.ComplianceFigures;
import org.diaban.service.report.Resolution77Report.Coverage;
import org.diaban.service.report.Resolution77Report.TierAssignment;
import org.diaban.service.report.Resolution77Report.TierCompliance;
import org.diaban.ui.report.ReportTexts;

/**
 * What the dashboard shows of a report: the key figures as tiles and the data of its three
 * charts, worded in the window's language.
 *
 * @param tiles       cadres, communes, villages, sessions, attendance, open and overdue concerns
 * @param concerns    concerns by status (statuses with none left out)
 * @param compliance  attendance % by tier, one series per calendar year of the period
 * @param sessions    work sessions per quarter ("Q1/2026")
 */
public record DashboardFigures(List<Tile> tiles, List<Slice> concerns, List<Series> compliance, List<Slice> sessions) {

    /** @param id for tests and styles: "cadres", "communes", ... */
    public record Tile(String id, String title, String value, String note) {
    }

    public record Slice(String label, double value) {
    }

    public record Series(String name, List<Slice> points) {
    }

    public static DashboardFigures of(Resolution77Report r, ReportTexts texts) {
        I18n i18n = texts.i18n();
        List<Tile> tiles = new ArrayList<>();
        int btv = r.assigned().stream().mapToInt(TierAssignment::btv).sum();
        int bch = r.assigned().stream().mapToInt(TierAssignment::bch).sum();
        int leaders = r.assigned().stream().mapToInt(TierAssignment::leaders).sum();
        tiles.add(new Tile("cadres", i18n.get("dashboard.tile.cadres"), ReportTexts.number(btv + bch + leaders),
                i18n.format("dashboard.tile.cadresNote", ReportTexts.number(btv), ReportTexts.number(bch),
                        ReportTexts.number(leaders))));
        Coverage c = r.coverage();
        tiles.add(new Tile("communes", i18n.get("dashboard.tile.communes"),
                ReportTexts.percent(ReportTexts.share(c.communesCovered(), c.communes())),
                ReportTexts.number(c.communesCovered()) + "/" + ReportTexts.number(c.communes())));
        tiles.add(new Tile("villages", i18n.get("dashboard.tile.villages"),
                ReportTexts.percent(ReportTexts.share(c.villagesCovered(), c.villages())),
                ReportTexts.number(c.villagesCovered()) + "/" + ReportTexts.number(c.villages())));
        tiles.add(new Tile("sessions", i18n.get("dashboard.tile.sessions"),
                ReportTexts.number(r.activities().workSessions()),
                i18n.format("dashboard.tile.dialogues", ReportTexts.number(r.activities().dialogues()))));
        ComplianceFigures last = r.compliance().isEmpty() ? null : r.compliance().get(r.compliance().size() - 1);
        int judged = last == null ? 0 : last.tiers().stream().mapToInt(t -> t.met() + t.onTrack() + t.behind()).sum();
        int fine = last == null ? 0 : last.tiers().stream().mapToInt(t -> t.met() + t.onTrack()).sum();
        tiles.add(new Tile("compliance", i18n.get("dashboard.tile.compliance"),
                last == null ? "–" : ReportTexts.percent(ReportTexts.share(fine, judged)),
                last == null ? "" : i18n.format("dashboard.tile.complianceNote", String.valueOf(last.year()),
                        ReportTexts.number(last.belowNorm().size()))));
        tiles.add(new Tile("concerns", i18n.get("dashboard.tile.concerns"),
                ReportTexts.number(open(r.concerns())),
                i18n.format("dashboard.tile.concernsNote", ReportTexts.number(r.concerns().received()),
                        ReportTexts.number(r.concerns().overdue()))));

        List<Slice> concerns = r.concerns().byStatus().stream().filter(s -> s.count() > 0)
                .map(s -> new Slice(texts.status(s.status()), s.count())).toList();
        List<Series> compliance = new ArrayList<>();
        for (ComplianceFigures f : r.compliance()) {
            List<Slice> points = new ArrayList<>();
            for (TierCompliance t : f.tiers()) {
                points.add(new Slice(texts.tier(t.tier()), t.percent()));
            }
            compliance.add(new Series(String.valueOf(f.year()), points));
        }
        List<Slice> sessions = r.sessionsByQuarter().stream()
                .map(q -> new Slice(i18n.format("dashboard.quarter", q.quarter(), String.valueOf(q.year())),
                        q.sessions())).toList();
        return new DashboardFigures(List.copyOf(tiles), concerns, List.copyOf(compliance), sessions);
    }

    /** Still open (new, being handled or sent up). */
    private static int open(Resolution77Report.ConcernFigures k) {
        return k.byStatus().stream().filter(s -> s.status().isOpen()).mapToInt(s -> s.count()).sum();
    }
}
