package org.diaban.reporting.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.diaban.service.report.Resolution77Report.DecisionFigures;
import org.diaban.service.report.Resolution77Report.DecisionRow;
import org.diaban.service.report.Resolution77Report.TierRef;

/** Section I: the assignment decisions of the scope's committee and of the committees below it. */
final class LeadershipSection {

    private final Wording w;

    LeadershipSection(Wording wording) {
        this.w = wording;
    }

    void write(Figures f, Narrative out) {
        out.section(w.text("narrative.section.1"));
        DecisionFigures d = f.report().decisions();
        List<DecisionRow> own = d.decisions().stream().filter(r -> Figures.sameTier(r.issuerTier(), f.scopeTier()))
                .sorted(Comparator.comparing(DecisionRow::issuedOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        if (own.isEmpty()) {
            out.body(w.text("narrative.decisions.ownNone", f.committee()));
        } else {
            List<String> refs = own.stream()
                    .map(r -> w.text("narrative.decisions.ref", r.symbol(), w.date(r.issuedOn()))).toList();
            out.body(w.text("narrative.decisions.own", f.committee(), w.list(refs)));
        }
        writeIntermediate(f, d, out);
        writeCommunes(f, d, out);
        out.placeholder(w.text("narrative.placeholder.leadership"));
    }

    /**
     * Decisions of committees between the scope and the communes (the districts under the
     * province before 1/7/2025). The commune committees' own decisions are counted apart in the
     * report, so the deepest issuing tier is left to {@link #writeCommunes} when communes issued any.
     */
    private void writeIntermediate(Figures f, DecisionFigures d, Narrative out) {
        List<DecisionRow> lower = d.decisions().stream().filter(r -> f.below(r.issuerTier())).toList();
        OptionalInt deepest = lower.stream().mapToInt(r -> r.issuerTier().rank()).max();
        Map<TierRef, List<DecisionRow>> byTier = new LinkedHashMap<>();
        lower.stream().sorted(Comparator.comparingInt(r -> r.issuerTier().rank()))
                .filter(r -> d.communesIssuing() == 0 || r.issuerTier().rank() != deepest.getAsInt())
                .forEach(r -> byTier.computeIfAbsent(r.issuerTier(), t -> new ArrayList<>()).add(r));
        byTier.forEach((tier, rows) -> {
            long issuers = rows.stream().map(DecisionRow::issuerName).distinct().count();
            out.body(w.text("narrative.decisions.lower", w.number(issuers), w.tierName(tier), w.number(rows.size())));
        });
    }

    private void writeCommunes(Figures f, DecisionFigures d, Narrative out) {
        // a commune's own report: its decision is its committee's, said above
        boolean scopeIsCommune = d.communes() <= 1 && d.decisions().stream().noneMatch(r -> f.below(r.issuerTier()));
        if (d.communes() == 0 || scopeIsCommune) {
            return;
        }
        String communes = w.communes(f.scopeTier());
        if (d.communesIssuing() == 0) {
            out.body(w.text("narrative.decisions.communesNone", communes, w.villages()));
        } else {
            out.body(w.text("narrative.decisions.communes", w.number(d.communesIssuing()), w.number(d.communes()),
                    communes, w.villages(), w.number(d.cadresInCommuneDecisions())));
        }
    }
}
