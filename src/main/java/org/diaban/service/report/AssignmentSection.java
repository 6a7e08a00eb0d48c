package org.diaban.service.report;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.people.CadreCategory;
import org.diaban.domain.text.VietnameseCollation;
import org.diaban.domain.text.VietnameseText;
import org.diaban.persistence.ReportRepository.AssignmentFact;
import org.diaban.persistence.ReportRepository.DecisionFact;
import org.diaban.service.report.Resolution77Report.AssignmentRow;
import org.diaban.service.report.Resolution77Report.Coverage;
import org.diaban.service.report.Resolution77Report.DecisionFigures;
import org.diaban.service.report.Resolution77Report.DecisionRow;
import org.diaban.service.report.Resolution77Report.TierAssignment;
import org.diaban.service.report.Resolution77Report.TierRef;

/**
 * Assignments in force during the period to a target in scope (a unit of the scope while it was
 * in it, or a household of such a village), and the figures made of them: cadres per tier and
 * category, coverage, decisions and the annex.
 *
 * <p>The tier of an assignment is that of the committee that issued its decision (as the
 * committee stood on the assignment's first day in the period). Without a decision it is the
 * highest-ranked committee the cadre sat on that day, else at any time in the period, else the
 * committee above the target (a village's commune). The cadre's category is the highest among
 * their positions on that committee overlapping the period, else on any committee, else LĐQL.
 */
final class AssignmentSection {

    /** One assignment in scope, placed: its tier and the cadre's category and title there. */
    record Placed(AssignmentFact fact, TierRef tier, CadreCategory category, String title, LocalDate firstDay,
                  LocalDate lastDay) {
    }

    private final ReportContext ctx;
    private final Map<Long, DecisionFact> decisions = new HashMap<>();
    private final List<AssignmentFact> all;
    private final List<Placed> placed = new ArrayList<>();
    private final List<Long> communes = new ArrayList<>();
    private final List<Long> villages = new ArrayList<>();
    private final Set<Long> coveredUnits = new HashSet<>();
    private final Map<Long, Long> coveredHouseholds = new HashMap<>();
    private final Set<Long> communesIssuing = new HashSet<>();

    AssignmentSection(ReportContext ctx, List<AssignmentFact> all, List<DecisionFact> decisionList, CadreRanks ranks) {
        this.ctx = ctx;
        this.all = all;
        decisionList.forEach(d -> decisions.put(d.id(), d));
        for (AssignmentFact a : all) {
            LocalDate first = ctx.clip(a.from(), true);
            LocalDate last = ctx.clip(a.to(), false);
            if (!ctx.scope().overlaps(a.placeId(), first, last)) {
                continue;
            }
            placed.add(place(a, first, last, ranks));
            if (a.householdId() != null) {
                coveredHouseholds.put(a.householdId(), a.householdVillageId());
            } else {
                coveredUnits.add(a.unitId());
            }
        }
        for (Long id : ctx.scope().ids()) {
            UnitState s = ctx.scope().lastState(id);
            if (s.isCommuneTier()) {
                communes.add(id);
            } else if (ReportContext.isVillage(s)) {
                villages.add(id);
            }
        }
    }

    private Placed place(AssignmentFact a, LocalDate first, LocalDate last, CadreRanks ranks) {
        DecisionFact d = a.decisionId() == null ? null : decisions.get(a.decisionId());
        CadreRanks.Rank rank;
        UnitState committee;
        if (d != null && d.issuerUnitId() != null) {
            committee = ctx.history().onOrNearest(d.issuerUnitId(), first);
            rank = ranks.onCommittee(a.cadreId(), d.issuerUnitId());
        } else {
            CadreRanks.Rank seat = ranks.onDay(a.cadreId(), first);
            if (seat == null) {
                seat = ranks.anyTime(a.cadreId(), first);
            }
            if (seat != null) {
                committee = seat.committee();
                rank = ranks.onCommittee(a.cadreId(), seat.committeeId());
            } else {
                UnitState target = ctx.history().onOrNearest(a.placeId(), first);
                committee = target == null || target.parentId() == null || a.householdId() != null ? target
                        : ctx.history().onOrNearest(target.parentId(), first);
                rank = ranks.onCommittee(a.cadreId(), null);
            }
        }
        return new Placed(a, ctx.tier(committee), rank.category(), rank.title(), first, last);
    }

    List<Placed> placed() {
        return placed;
    }

    List<Long> communes() {
        return communes;
    }

    boolean covered(Long unitId) {
        return coveredUnits.contains(unitId);
    }

    /** Covered households: household id to its village. */
    Map<Long, Long> coveredHouseholds() {
        return coveredHouseholds;
    }

    boolean issuedOwnDecision(Long communeId) {
        return communesIssuing.contains(communeId);
    }

    List<TierAssignment> assigned() {
        Map<TierRef, Map<Long, CadreCategory>> cadres = new TreeMap<>(Comparator.comparingInt(TierRef::rank)
                .thenComparing(TierRef::code));
        Map<TierRef, Set<Long>[]> targets = new HashMap<>();
        for (Placed p : placed) {
            if (p.tier() == null) {
                continue;
            }
            cadres.computeIfAbsent(p.tier(), k -> new HashMap<>()).merge(p.fact().cadreId(), p.category(),
                    (a, b) -> a.outranks(b) ? a : b);
            @SuppressWarnings("unchecked")
            Set<Long>[] sets = targets.computeIfAbsent(p.tier(), k -> new Set[] {new HashSet<>(), new HashSet<>(),
                new HashSet<>()});
            if (p.fact().householdId() != null) {
                sets[2].add(p.fact().householdId());
            } else {
                UnitState target = ctx.scope().lastState(p.fact().unitId());
                if (target != null && target.isCommuneTier()) {
                    sets[0].add(p.fact().unitId());
                } else if (ReportContext.isVillage(target)) {
                    sets[1].add(p.fact().unitId());
                }
            }
        }
        List<TierAssignment> out = new ArrayList<>();
        cadres.forEach((tier, byCadre) -> {
            int[] counts = new int[CadreCategory.values().length];
            byCadre.values().forEach(c -> counts[c.ordinal()]++);
            Set<Long>[] sets = targets.get(tier);
            out.add(new TierAssignment(tier, counts[CadreCategory.BTV.ordinal()], counts[CadreCategory.BCH.ordinal()],
                    counts[CadreCategory.LDQL.ordinal()], sets[0].size(), sets[1].size(), sets[2].size()));
        });
        return out;
    }

    /** @param householdsByVillage households per village that existed in the period */
    Coverage coverage(Map<Long, Integer> householdsByVillage) {
        int households = 0;
        for (Long v : villages) {
            households += householdsByVillage.getOrDefault(v, 0);
        }
        int householdsCovered = (int) coveredHouseholds.values().stream().filter(ctx.scope()::contains).count();
        return new Coverage(communes.size(), (int) communes.stream().filter(coveredUnits::contains).count(),
                villages.size(), (int) villages.stream().filter(coveredUnits::contains).count(), households,
                householdsCovered);
    }

    /**
     * Assignment decisions with an assignment in force in the period to a target in scope, or
     * issued in the period by a committee of the scope (on that day). A commune counts as issuing
     * when it issued one of them on or before the period's end.
     */
    DecisionFigures decisions() {
        Map<Long, List<Placed>> byDecision = new LinkedHashMap<>();
        for (Placed p : placed) {
            if (p.fact().decisionId() != null && decisions.containsKey(p.fact().decisionId())) {
                byDecision.computeIfAbsent(p.fact().decisionId(), k -> new ArrayList<>()).add(p);
            }
        }
        for (DecisionFact d : decisions.values()) {
            if (d.issuedOn() != null && ctx.period().contains(d.issuedOn())
                    && ctx.scope().containsOn(d.issuerUnitId(), d.issuedOn())) {
                byDecision.computeIfAbsent(d.id(), k -> new ArrayList<>());
            }
        }
        Set<Long> communeDecisions = new HashSet<>();
        for (Long id : byDecision.keySet()) {
            DecisionFact d = decisions.get(id);
            if (communes.contains(d.issuerUnitId())
                    && (d.issuedOn() == null || !d.issuedOn().isAfter(ctx.period().to()))) {
                communesIssuing.add(d.issuerUnitId());
                communeDecisions.add(id);
            }
        }
        Set<Long> communeCadres = new HashSet<>();
        for (AssignmentFact a : all) {
            if (a.decisionId() != null && communeDecisions.contains(a.decisionId())) {
                communeCadres.add(a.cadreId());
            }
        }
        List<DecisionRow> rows = new ArrayList<>();
        byDecision.forEach((id, list) -> rows.add(row(decisions.get(id), list)));
        rows.sort(Comparator.comparing((DecisionRow r) -> r.issuerTier() == null ? Integer.MAX_VALUE
                        : r.issuerTier().rank())
                .thenComparing(DecisionRow::issuedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(DecisionRow::issuerName, VietnameseCollation.text())
                .thenComparing(DecisionRow::symbol, VietnameseCollation.text()));
        return new DecisionFigures(communesIssuing.size(), communes.size(), communeCadres.size(), List.copyOf(rows));
    }

    private DecisionRow row(DecisionFact d, List<Placed> list) {
        LocalDate day = d.issuedOn() != null ? d.issuedOn() : ctx.period().from();
        UnitState issuer = d.issuerUnitId() == null ? null : ctx.history().onOrNearest(d.issuerUnitId(), day);
        Set<Long> cadres = new HashSet<>();
        Set<Long> units = new HashSet<>();
        Set<Long> households = new HashSet<>();
        for (Placed p : list) {
            cadres.add(p.fact().cadreId());
            if (p.fact().householdId() != null) {
                households.add(p.fact().householdId());
            } else {
                units.add(p.fact().unitId());
            }
        }
        return new DecisionRow(d.symbol(), d.issuedOn(), issuer == null ? "" : issuer.committeeOrUnitName(),
                ctx.tier(issuer), cadres.size(), units.size(), households.size());
    }

    /**
     * Every assignment in scope, by tier, category, cadre name, then start.
     *
     * @param householdName words a household for the annex ("Hộ Nguyễn Văn A")
     */
    List<AssignmentRow> annex(Function<String, String> householdName) {
        Map<String, Integer> nameOrder = nameOrder();
        record Keyed(AssignmentRow row, int tierRank, int name, Long id) {
        }
        List<Keyed> rows = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            AssignmentFact a = p.fact();
            String unitName;
            if (a.householdId() != null) {
                unitName = householdName.apply(a.householdHead());
            } else {
                UnitState unit = ctx.history().onOrNearest(a.unitId(), p.lastDay());
                unitName = unit == null ? "" : unit.fullName();
            }
            UnitState commune = ctx.communeOf(a.placeId(), p.lastDay());
            DecisionFact d = a.decisionId() == null ? null : decisions.get(a.decisionId());
            rows.add(new Keyed(new AssignmentRow(a.cadreName(), a.birthYear(), p.category(), p.tier(), p.title(),
                    unitName, commune == null ? null : commune.fullName(), a.role(), d == null ? null : d.symbol(),
                    a.from(), a.to()), p.tier() == null ? Integer.MAX_VALUE : p.tier().rank(),
                    nameOrder.get(a.cadreName()), a.id()));
        }
        rows.sort(Comparator.comparingInt(Keyed::tierRank)
                .thenComparing(k -> k.row().category())
                .thenComparingInt(Keyed::name)
                .thenComparing(k -> k.row().from(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Keyed::id));
        return rows.stream().map(Keyed::row).toList();
    }

    /**
     * Each cadre name's place in Vietnamese order, by given name then the whole name (names that
     * collate equal share a place). Ranking the few thousand distinct names once lets the 50,000
     * annex rows sort on an int; collation keys are made once per distinct given name and name.
     */
    private Map<String, Integer> nameOrder() {
        Collator collator = VietnameseCollation.collator();
        Map<String, CollationKey> givenKeys = new HashMap<>();
        record Name(String name, CollationKey given, CollationKey full) {
        }
        Map<String, Name> distinct = new HashMap<>();
        for (Placed p : placed) {
            distinct.computeIfAbsent(p.fact().cadreName(), n -> new Name(n,
                    givenKeys.computeIfAbsent(VietnameseText.givenName(n), collator::getCollationKey),
                    collator.getCollationKey(n)));
        }
        List<Name> names = new ArrayList<>(distinct.values());
        Comparator<Name> order = Comparator.comparing(Name::given).thenComparing(Name::full);
        names.sort(order);
        Map<String, Integer> out = new HashMap<>();
        int rank = 0;
        for (int i = 0; i < names.size(); i++) {
            if (i > 0 && order.compare(names.get(i - 1), names.get(i)) != 0) {
                rank = i;
            }
            out.put(names.get(i).name(), rank);
        }
        return out;
    }
}
