package org.diaban.reporting.narrative;

import java.util.ArrayList;
import java.util.List;

import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.Resolution77Report.ComplianceFigures;
import org.diaban.service.report.Resolution77Report.Coverage;

/**
 * Sections III to V: the assessment that follows from the figures, and gaps marked for the
 * officer where only a person can judge (causes, specific tasks). Nothing is claimed that the
 * figures do not show.
 */
final class AssessmentSection {

    private final Wording w;

    AssessmentSection(Wording wording) {
        this.w = wording;
    }

    void write(Figures f, Narrative out) {
        out.section(w.text("narrative.section.3"));
        out.subsection(w.text("narrative.section.3.1"));
        bullets(strengths(f), out);
        out.subsection(w.text("narrative.section.3.2"));
        bullets(weaknesses(f), out);

        out.section(w.text("narrative.section.4"));
        out.subsection(w.text("narrative.section.4.1"));
        out.placeholder(w.text("narrative.placeholder.causes"));
        out.subsection(w.text("narrative.section.4.2"));
        out.placeholder(w.text("narrative.placeholder.causes"));

        out.section(w.text("narrative.section.5"));
        directions(f).forEach(d -> out.body("- " + d));
        out.placeholder(w.text("narrative.placeholder.directions"));
    }

    /** Each finding a "- " line; none found leaves the marked gap for the officer. */
    private void bullets(List<String> lines, Narrative out) {
        if (lines.isEmpty()) {
            out.placeholder(w.text("narrative.placeholder.remarks"));
        }
        lines.forEach(l -> out.body("- " + l));
    }

    private List<String> strengths(Figures f) {
        Resolution77Report r = f.report();
        List<String> lines = new ArrayList<>();
        Coverage c = r.coverage();
        String communes = w.communes(f.scopeTier());
        if (c.communes() > 0 && f.uncoveredCommunes() == 0) {
            lines.add(c.villages() > 0 && f.uncoveredVillages() == 0
                    ? w.text("narrative.strength.coverage", communes, w.villages())
                    : w.text("narrative.strength.communes", w.number(c.communes()), communes));
        }
        if (r.decisions().communes() > 1 && f.communesWithoutDecision() == 0) {
            lines.add(w.text("narrative.strength.decisions", w.number(r.decisions().communes()), communes,
                    w.villages()));
        }
        if (r.activities().workSessions() > 0) {
            lines.add(w.text("narrative.strength.sessions", w.number(r.activities().workSessions())));
        }
        boolean judged = r.compliance().stream().anyMatch(y -> Figures.judged(y) > 0);
        if (judged && r.compliance().stream().allMatch(y -> Figures.behind(y) == 0)) {
            lines.add(w.text("narrative.strength.compliance"));
        }
        if (r.concerns().received() > 0 && r.concerns().overdue() == 0 && f.resolvedConcerns() > 0) {
            lines.add(w.text("narrative.strength.concerns", w.percent(f.resolvedConcerns(), r.concerns().received())));
        }
        return lines;
    }

    private List<String> weaknesses(Figures f) {
        Resolution77Report r = f.report();
        List<String> lines = new ArrayList<>();
        for (ComplianceFigures year : r.compliance()) {
            int behind = Figures.behind(year);
            if (behind > 0) {
                lines.add(w.text("narrative.weakness.compliance", w.number(behind), String.valueOf(year.year())));
            }
        }
        if (r.concerns().overdue() > 0) {
            lines.add(w.text("narrative.weakness.overdue", w.number(r.concerns().overdue())));
        }
        if (f.uncoveredCommunes() > 0) {
            lines.add(w.text("narrative.weakness.uncovered", w.number(f.uncoveredCommunes()),
                    w.communes(f.scopeTier())));
        }
        if (f.uncoveredVillages() > 0) {
            lines.add(w.text("narrative.weakness.uncovered", w.number(f.uncoveredVillages()), w.villages()));
        }
        if (r.decisions().communes() > 1 && f.communesWithoutDecision() > 0) {
            lines.add(w.text("narrative.weakness.decisions", w.number(f.communesWithoutDecision()),
                    w.communes(f.scopeTier())));
        }
        if (r.activities().dialogues() == 0) {
            lines.add(w.text("narrative.weakness.dialogues"));
        }
        return lines;
    }

    private List<String> directions(Figures f) {
        Resolution77Report r = f.report();
        List<String> lines = new ArrayList<>();
        lines.add(w.text("narrative.direction.resolution"));
        lines.add(w.text("narrative.direction.meetings"));
        if (r.concerns().overdue() > 0) {
            lines.add(w.text("narrative.direction.overdue", w.number(r.concerns().overdue())));
        }
        if (f.uncoveredVillages() > 0) {
            lines.add(w.text("narrative.direction.uncovered", w.number(f.uncoveredVillages()), w.villages()));
        }
        lines.add(w.text("narrative.direction.review"));
        return lines;
    }
}
