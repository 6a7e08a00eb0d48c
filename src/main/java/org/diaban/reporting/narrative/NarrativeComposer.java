package org.diaban.reporting.narrative;

import java.util.List;

import org.diaban.service.report.ReportControl;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.Resolution77Report.HierarchyPhase;

/** Words the whole body of the draft, from the opening sentence to the closing one. */
final class NarrativeComposer {

    private final Wording w;
    private final LeadershipSection leadership;
    private final ResultsSection results;
    private final AssessmentSection assessment;

    NarrativeComposer(Wording wording) {
        this.w = wording;
        this.leadership = new LeadershipSection(wording);
        this.results = new ResultsSection(wording);
        this.assessment = new AssessmentSection(wording);
    }

    Narrative compose(Resolution77Report report, ReportControl control) {
        Figures f = new Figures(report);
        Narrative out = new Narrative();
        String period = w.period(report.period());
        out.body(w.text("narrative.intro", f.committee(), period));
        writePhases(report.phases(), out);
        leadership.write(f, out);
        control.checkCancelled();
        results.write(f, out);
        control.checkCancelled();
        assessment.write(f, out);
        out.body(w.text("narrative.closing", period, f.committee()));
        return out;
    }

    /** A period across a reorganisation says so, and what the hierarchy was on each side of it. */
    private void writePhases(List<HierarchyPhase> phases, Narrative out) {
        if (phases.size() < 2) {
            return;
        }
        for (int i = 1; i < phases.size(); i++) {
            HierarchyPhase change = phases.get(i);
            String basis = change.changeBasis() == null || change.changeBasis().isBlank()
                    ? w.text("narrative.phases.noBasis") : change.changeBasis();
            out.body(w.text("narrative.phases", w.date(change.from()), basis));
        }
        for (HierarchyPhase p : phases) {
            List<String> tiers = p.tiers().stream().map(w::tierName).toList();
            out.body(w.text("narrative.phase", w.date(p.from()), w.date(p.to()), w.number(p.communes()),
                    w.number(p.villages()), String.join(", ", tiers)));
        }
    }
}
