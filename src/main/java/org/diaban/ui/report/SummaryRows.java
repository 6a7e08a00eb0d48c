package org.diaban.ui.report;

import java.util.ArrayList;
import java.util.List;
import org.diaban.i18n.I18n;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.Resolution77Report.ComplianceFigures;
import org.diaban.service.report.Resolution77Report.ConcernFigures;
import org.diaban.service.report.Resolution77Report.Coverage;
import org.diaban.service.report.Resolution77Report.SessionCount;
import org.diaban.service.report.Resolution77Report.TierAssignment;
import org.diaban.service.report.Resolution77Report.TierCompliance;

/**
 * The report's summary table in the preview: the indicators of the party report in its order
 * (cadres assigned, coverage, decisions, sessions, groups, attendance, dialogues, concerns), with
 * their breakdown lines indented under them.
 */
public final class SummaryRows {

    /**
     * @param number "1", "2", ... for an indicator, empty for a line under it
     * @param note   the share or the parts of the value
     */
    public record Row(String number, String indicator, String value, String note) {
    }

    private final ReportTexts texts;
    private final I18n i18n;

    public SummaryRows(ReportTexts texts) {
        this.texts = texts;
        this.i18n = texts.i18n();
    }

    public List<Row> of(Resolution77Report r) {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        int btv = r.assigned().stream().mapToInt(TierAssignment::btv).sum();
        int bch = r.assigned().stream().mapToInt(TierAssignment::bch).sum();
        int leaders = r.assigned().stream().mapToInt(TierAssignment::leaders).sum();
        rows.add(main(++n, "reports.summary.assigned", btv + bch + leaders,
                i18n.format("reports.summary.assignedParts", ReportTexts.number(btv), ReportTexts.number(bch),
                        ReportTexts.number(leaders))));
        for (TierAssignment t : r.assigned()) {
            rows.add(sub(i18n.format("reports.summary.assignedTier", texts.tier(t.tier())), t.total(),
                    i18n.format("reports.summary.assignedParts", ReportTexts.number(t.btv()),
                            ReportTexts.number(t.bch()), ReportTexts.number(t.leaders()))));
        }
        Coverage c = r.coverage();
        rows.add(main(++n, "reports.summary.communes", c.communesCovered(),
                ReportTexts.ofWhole(c.communesCovered(), c.communes())));
        rows.add(main(++n, "reports.summary.villages", c.villagesCovered(),
                ReportTexts.ofWhole(c.villagesCovered(), c.villages())));
        rows.add(main(++n, "reports.summary.households", c.householdsCovered(),
                ReportTexts.ofWhole(c.householdsCovered(), c.households())));
        rows.add(main(++n, "reports.summary.decisions", r.decisions().decisions().size(), ""));
        rows.add(sub(i18n.get("reports.summary.communesIssuing"), r.decisions().communesIssuing(),
                ReportTexts.ofWhole(r.decisions().communesIssuing(), r.decisions().communes())));
        rows.add(sub(i18n.get("reports.summary.cadresInCommuneDecisions"), r.decisions().cadresInCommuneDecisions(),
                ""));
        rows.add(main(++n, "reports.summary.sessions", r.activities().workSessions(), ""));
        for (SessionCount s : r.sessions()) {
            if (s.sessions() > 0) {
                rows.add(sub(i18n.format("reports.summary.sessionsBy", texts.category(s.category()),
                        texts.tier(s.tier())), s.sessions(), ""));
            }
        }
        rows.add(main(++n, "reports.summary.groups", r.workingGroups().formed(), ""));
        rows.add(new Row(String.valueOf(++n), i18n.get("reports.summary.attendance"), "", ""));
        for (ComplianceFigures f : r.compliance()) {
            int judged = f.tiers().stream().mapToInt(t -> t.met() + t.onTrack() + t.behind()).sum();
            int fine = f.tiers().stream().mapToInt(t -> t.met() + t.onTrack()).sum();
            rows.add(new Row("", "   " + i18n.format("reports.summary.attendanceYear", String.valueOf(f.year()),
                    ReportTexts.date(f.asOf())), ReportTexts.percent(ReportTexts.share(fine, judged)),
                    i18n.format("reports.summary.belowNorm", ReportTexts.number(f.belowNorm().size()))));
            for (TierCompliance t : f.tiers()) {
                rows.add(new Row("", "      " + texts.tier(t.tier()), ReportTexts.percent(t.percent()),
                        i18n.format("reports.summary.membersMet", ReportTexts.number(t.met() + t.onTrack()),
                                ReportTexts.number(t.met() + t.onTrack() + t.behind()))));
            }
        }
        rows.add(main(++n, "reports.summary.dialogues", r.activities().dialogues(), ""));
        ConcernFigures k = r.concerns();
        rows.add(main(++n, "reports.summary.concerns", k.received(), ""));
        rows.add(sub(i18n.get("reports.summary.resolved"), resolved(k), ""));
        rows.add(sub(i18n.get("reports.summary.inProgress"), open(k), ""));
        rows.add(sub(i18n.get("reports.summary.overdue"), k.overdue(), ""));
        return rows;
    }

    /** Resolved or closed. */
    public static int resolved(ConcernFigures k) {
        return k.byStatus().stream().filter(s -> !s.status().isOpen()).mapToInt(s -> s.count()).sum();
    }

    /** Still open (new, being handled or sent up). */
    public static int open(ConcernFigures k) {
        return k.byStatus().stream().filter(s -> s.status().isOpen()).mapToInt(s -> s.count()).sum();
    }

    private Row main(int n, String key, long value, String note) {
        return new Row(String.valueOf(n), i18n.get(key), ReportTexts.number(value), note);
    }

    private static Row sub(String text, long value, String note) {
        return new Row("", "   – " + text, ReportTexts.number(value), note);
    }
}
