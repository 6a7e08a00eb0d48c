package org.diaban.reporting.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.diaban.domain.people.CadreCategory;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.Resolution77Report.ActivityCounts;
import org.diaban.service.report.Resolution77Report.Coverage;
import org.diaban.service.report.Resolution77Report.TierAssignment;
import org.diaban.service.report.Resolution77Report.TierRef;
import org.diaban.reporting.PeriodWording;

/**
 * Section II, parts 1 and 2: who was assigned to what, and the work sessions they held. Parts 3
 * to 5 (meetings, working groups, concerns) are in {@link EngagementParagraphs}.
 */
final class ResultsSection {

    private final Wording w;
    private final EngagementParagraphs engagement;

    ResultsSection(Wording wording) {
        this.w = wording;
        this.engagement = new EngagementParagraphs(wording);
    }

    void write(Figures f, Narrative out) {
        out.section(w.text("narrative.section.2"));
        out.subsection(w.text("narrative.section.2.1"));
        writeAssigned(f, out);
        writeCoverage(f, out);
        out.subsection(w.text("narrative.section.2.2"));
        writeSessions(f, out);
        engagement.write(f, out);
    }

    private void writeAssigned(Figures f, Narrative out) {
        TierRef scope = f.scopeTier();
        TierAssignment own = f.scopeAssignment().orElse(null);
        if (own == null || own.total() == 0) {
            out.body(w.text("narrative.assigned.scopeNone", f.committee()));
        } else {
            out.body(w.text("narrative.assigned.scope", f.committee(), w.number(own.total()), categories(own),
                    units(own, w.communes(scope))));
        }
        for (TierAssignment lower : f.lowerAssignments()) {
            if (lower.total() > 0) {
                out.body(w.text("narrative.assigned.lower", w.tierName(lower.tier()), w.number(lower.total()),
                        categories(lower), units(lower, w.communes(scope))));
            }
        }
    }

    /** "8 đồng chí Ủy viên Ban Thường vụ, 27 đồng chí Huyện ủy viên, 44 đồng chí cán bộ lãnh đạo, quản lý". */
    private String categories(TierAssignment a) {
        List<String> parts = new ArrayList<>();
        if (a.btv() > 0) {
            parts.add(w.text("narrative.category.BTV", w.number(a.btv())));
        }
        if (a.bch() > 0) {
            parts.add(w.text("narrative.category.BCH", w.number(a.bch()), w.member(a.tier())));
        }
        if (a.leaders() > 0) {
            parts.add(w.text("narrative.category.LDQL", w.number(a.leaders())));
        }
        return String.join(", ", parts);
    }

    /** "24 xã, thị trấn và 203 thôn, khối phố", leaving out kinds of unit nobody took. */
    private String units(TierAssignment a, String communeWord) {
        List<String> parts = new ArrayList<>();
        if (a.communes() > 0) {
            parts.add(w.number(a.communes()) + " " + communeWord);
        }
        if (a.villages() > 0) {
            parts.add(w.number(a.villages()) + " " + w.villages());
        }
        if (a.households() > 0) {
            parts.add(w.number(a.households()) + " " + w.households());
        }
        return parts.isEmpty() ? w.text("narrative.assigned.base") : w.list(parts);
    }

    private void writeCoverage(Figures f, Narrative out) {
        Coverage c = f.report().coverage();
        List<String> parts = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        addCoverage(parts, kinds, c.communesCovered(), c.communes(), w.communes(f.scopeTier()));
        addCoverage(parts, kinds, c.villagesCovered(), c.villages(), w.villages());
        addCoverage(parts, kinds, c.householdsCovered(), c.households(), w.households());
        if (c.communesCovered() + c.villagesCovered() + c.householdsCovered() == 0) {
            if (!kinds.isEmpty()) {
                out.body(w.text("narrative.coverage.none", w.list(kinds)));
            }
        } else if (!parts.isEmpty()) {
            out.body(w.text("narrative.coverage", w.list(parts)));
        }
    }

    private void addCoverage(List<String> parts, List<String> kinds, int covered, int all, String word) {
        if (all > 0) {
            kinds.add(word);
            parts.add(w.text("narrative.coverage.part", w.number(covered), w.number(all), word,
                    w.percent(covered, all)));
        }
    }

    private void writeSessions(Figures f, Narrative out) {
        if (f.report().activities().workSessions() == 0) {
            out.body(w.text("narrative.sessions.totalNone"));
            return;
        }
        TierRef scope = f.scopeTier();
        int btv = f.sessions(scope, CadreCategory.BTV);
        int bch = f.sessions(scope, CadreCategory.BCH);
        int leaders = f.sessions(scope, CadreCategory.LDQL);
        if (btv + bch + leaders == 0) {
            out.body(w.text("narrative.sessions.scopeNone", f.committee()));
        } else {
            // the article's "105 and 342": standing committee members, then everyone else together
            out.body(w.text("narrative.sessions.scope", f.committee(), w.number(btv), w.member(scope),
                    w.number(bch + leaders), w.number(bch), w.number(leaders)));
        }
        f.report().sessions().stream().map(Resolution77Report.SessionCount::tier).filter(f::below).distinct()
                .sorted(Comparator.comparingInt(TierRef::rank))
                .forEach(tier -> out.body(w.text("narrative.sessions.lower", w.tierName(tier),
                        w.number(f.sessions(tier, CadreCategory.BTV)), w.member(tier),
                        w.number(f.sessions(tier, CadreCategory.BCH)), w.number(f.sessions(tier, CadreCategory.LDQL)))));
        writeTotals(f.report(), out);
    }

    private void writeTotals(Resolution77Report r, Narrative out) {
        ActivityCounts a = r.activities();
        StringBuilder b = new StringBuilder(w.text("narrative.sessions.total", w.number(a.workSessions())));
        if (a.householdVisits() > 0) {
            b.append(' ').append(w.text("narrative.sessions.visits", w.number(a.householdVisits())));
        }
        if (a.surveys() > 0) {
            b.append(' ').append(w.text("narrative.sessions.surveys", w.number(a.surveys())));
        }
        if (r.sessionsByQuarter().size() > 1) {
            List<String> quarters = r.sessionsByQuarter().stream()
                    .map(q -> w.text("narrative.sessions.quarter", PeriodWording.roman(q.quarter()), String.valueOf(q.year()),
                            w.number(q.sessions()))).toList();
            b.append(' ').append(w.text("narrative.sessions.byQuarter", String.join("; ", quarters)));
        }
        out.body(b.toString());
    }
}
