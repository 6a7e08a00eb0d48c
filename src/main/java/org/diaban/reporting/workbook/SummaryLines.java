package org.diaban.reporting.workbook;

import java.util.ArrayList;
import java.util.List;

import org.diaban.domain.people.CadreCategory;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.Resolution77Report.ComplianceFigures;
import org.diaban.service.report.Resolution77Report.StatusCount;
import org.diaban.service.report.Resolution77Report.TierAssignment;
import org.diaban.service.report.Resolution77Report.TierCompliance;

/** The indicators of the report's summary table, in the order of a party report's sections. */
public final class SummaryLines {

    private final Wording w;

    public SummaryLines(I18n i18n) {
        this.w = new Wording(i18n);
    }

    public List<SummaryLine> of(Resolution77Report r) {
        List<SummaryLine> lines = new ArrayList<>();
        assigned(r, lines);
        coverage(r, lines);
        decisions(r, lines);
        activities(r, lines);
        compliance(r, lines);
        concerns(r, lines);
        return lines;
    }

    private void assigned(Resolution77Report r, List<SummaryLine> lines) {
        lines.add(SummaryLine.section("I", w.text("workbook.summary.assigned")));
        int[] sums = new int[3];
        for (TierAssignment a : r.assigned()) {
            sums[0] += a.btv();
            sums[1] += a.bch();
            sums[2] += a.leaders();
        }
        lines.add(SummaryLine.of("1", w.text("workbook.summary.assignedTotal"), sums[0] + sums[1] + sums[2],
                categoryNote(sums[0], sums[1], sums[2])));
        if (r.assigned().size() > 1) {
            int n = 0;
            for (TierAssignment a : r.assigned()) {
                lines.add(SummaryLine.of("1." + ++n, w.format("workbook.summary.assignedByTier", w.tier(a.tier())),
                        a.total(), categoryNote(a.btv(), a.bch(), a.leaders())));
            }
        }
        int n = 1;
        for (CadreCategory c : CadreCategory.values()) {
            lines.add(SummaryLine.of(String.valueOf(++n), w.category(c), sums[c.ordinal()], null));
        }
    }

    private String categoryNote(int btv, int bch, int leaders) {
        return w.format("workbook.summary.categoryNote", String.valueOf(btv), String.valueOf(bch),
                String.valueOf(leaders));
    }

    private void coverage(Resolution77Report r, List<SummaryLine> lines) {
        Resolution77Report.Coverage c = r.coverage();
        lines.add(SummaryLine.section("II", w.text("workbook.summary.coverage")));
        lines.add(ratio("1", "workbook.summary.communesCovered", c.communesCovered(), c.communes()));
        lines.add(ratio("2", "workbook.summary.villagesCovered", c.villagesCovered(), c.villages()));
        lines.add(ratio("3", "workbook.summary.householdsCovered", c.householdsCovered(), c.households()));
    }

    /** "24/24" with the percentage as the note. */
    private SummaryLine ratio(String number, String key, int part, int whole) {
        Double note = whole == 0 ? null : 100.0 * part / whole;
        return SummaryLine.of(number, w.text(key), Formats.number(part) + "/" + Formats.number(whole), note);
    }

    private void decisions(Resolution77Report r, List<SummaryLine> lines) {
        Resolution77Report.DecisionFigures d = r.decisions();
        lines.add(SummaryLine.section("III", w.text("workbook.summary.decisions")));
        lines.add(ratio("1", "workbook.summary.communesIssuing", d.communesIssuing(), d.communes()));
        lines.add(SummaryLine.of("2", w.text("workbook.summary.cadresInCommuneDecisions"),
                d.cadresInCommuneDecisions(), null));
        lines.add(SummaryLine.of("3", w.text("workbook.summary.decisionCount"), d.decisions().size(), null));
    }

    private void activities(Resolution77Report r, List<SummaryLine> lines) {
        Resolution77Report.ActivityCounts a = r.activities();
        lines.add(SummaryLine.section("IV", w.text("workbook.summary.activities")));
        lines.add(SummaryLine.of("1", w.text("workbook.summary.workSessions"), a.workSessions(),
                w.text("workbook.summary.workSessionsNote")));
        // per tier: sessions of its standing members, then of its other members and leaders
        int n = 0;
        for (Resolution77Report.TierSessions t : r.sessionsByTier()) {
            String tier = w.tier(t.tier());
            lines.add(SummaryLine.of("1." + ++n, w.format("workbook.summary.sessionsOfStanding", tier), t.standing(),
                    null));
            lines.add(SummaryLine.of("1." + ++n, w.format("workbook.summary.sessionsOfOthers", tier), t.others(),
                    null));
        }
        lines.add(SummaryLine.of("2", w.text("workbook.summary.cellMeetings"), a.cellMeetings(), null));
        lines.add(SummaryLine.of("3", w.text("workbook.summary.dialogues"), a.dialogues(), null));
        lines.add(SummaryLine.of("4", w.text("workbook.summary.householdVisits"), a.householdVisits(), null));
        lines.add(SummaryLine.of("5", w.text("workbook.summary.surveys"), a.surveys(), null));
        lines.add(SummaryLine.of("6", w.text("workbook.summary.groupsFormed"), r.workingGroups().formed(), null));
    }

    private void compliance(Resolution77Report r, List<SummaryLine> lines) {
        lines.add(SummaryLine.section("V", w.text("workbook.summary.compliance")));
        int n = 0;
        int below = 0;
        for (ComplianceFigures f : r.compliance()) {
            for (TierCompliance t : f.tiers()) {
                String label = w.format("workbook.summary.complianceOf", w.tier(t.tier()), String.valueOf(f.year()));
                int judged = t.met() + t.onTrack() + t.behind();
                if (t.norm() == null || judged == 0) {
                    lines.add(SummaryLine.of(String.valueOf(++n), label, null, w.text("workbook.summary.noNorm")));
                } else {
                    lines.add(SummaryLine.of(String.valueOf(++n), label, t.percent(), w.format(
                            "workbook.summary.complianceNote", String.valueOf(t.met() + t.onTrack()),
                            String.valueOf(judged), String.valueOf(t.behind()))));
                }
            }
            below += f.belowNorm().size();
        }
        lines.add(SummaryLine.of(String.valueOf(++n), w.text("workbook.summary.belowNorm"), below,
                w.text("workbook.summary.belowNormNote")));
    }

    private void concerns(Resolution77Report r, List<SummaryLine> lines) {
        Resolution77Report.ConcernFigures c = r.concerns();
        lines.add(SummaryLine.section("VI", w.text("workbook.summary.concerns")));
        lines.add(SummaryLine.of("1", w.text("workbook.summary.concernsReceived"), c.received(), null));
        int n = 1;
        for (StatusCount s : c.byStatus()) {
            lines.add(SummaryLine.of(String.valueOf(++n), w.status(s.status()), s.count(), null));
        }
        lines.add(SummaryLine.of(String.valueOf(++n), w.text("workbook.summary.concernsOverdue"), c.overdue(),
                w.text("workbook.summary.concernsOverdueNote")));
    }
}
