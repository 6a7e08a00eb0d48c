package org.diaban.service.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.diaban.domain.assignment.CoverageGap;
import org.diaban.domain.assignment.CoverageRules;
import org.diaban.domain.audit.AuditAction;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.people.CadreCategory;
import org.diaban.persistence.AssignmentRepository.AssignedPosition;
import org.diaban.persistence.AssignmentRepository.CadreAtUnit;
import org.diaban.persistence.Database;
import org.diaban.service.common.AuditLog;
import org.diaban.service.common.DataChanges;
import org.diaban.service.hierarchy.HierarchyQueries;

/**
 * Coverage of communes and villages on a day (Resolution 77), for the tree badges and the coverage
 * panel. Three queries for the whole province; the rules come from the editable settings.
 */
public final class CoverageService {

    private final Database db;
    private final HierarchyQueries hierarchy;
    private final DataChanges changes;

    public CoverageService(Database db, HierarchyQueries hierarchy, DataChanges changes) {
        this.db = db;
        this.hierarchy = hierarchy;
        this.changes = changes;
    }

    /** The coverage rules as set (both on unless switched off). */
    public CoverageRules rules() {
        return db.read(s -> new CoverageRules(flag(s.settings().get(CoverageRules.VILLAGE_SETTING)),
                flag(s.settings().get(CoverageRules.COMMUNE_SETTING))));
    }

    /** Saves the rules; returns the previous ones, for undo. */
    public CoverageRules setRules(CoverageRules rules) {
        CoverageRules before = rules();
        db.writeAll(s -> {
            s.settings().put(CoverageRules.VILLAGE_SETTING, Boolean.toString(rules.villageNeedsInCharge()));
            s.settings().put(CoverageRules.COMMUNE_SETTING, Boolean.toString(rules.communeNeedsBtv()));
            AuditLog.record(s, AuditAction.UPDATE, "Setting", null,
                    "Coverage rules: villages " + rules.villageNeedsInCharge() + ", communes "
                            + rules.communeNeedsBtv());
        });
        changes.publish(DataChanges.Topic.SETTINGS);
        return before;
    }

    private static boolean flag(java.util.Optional<String> value) {
        return value.map(v -> !"false".equalsIgnoreCase(v.strip())).orElse(true);
    }

    /** The coverage on a day, with the tree as it stood then. */
    public CoverageReport coverageOn(LocalDate day) {
        HierarchySnapshot snapshot = hierarchy.snapshotOn(day);
        record Raw(CoverageRules rules, List<CadreAtUnit> inCharge, List<AssignedPosition> positions,
                   List<CadreAtUnit> assigned) {
        }
        Raw raw = db.read(s -> new Raw(new CoverageRules(flag(s.settings().get(CoverageRules.VILLAGE_SETTING)),
                flag(s.settings().get(CoverageRules.COMMUNE_SETTING))), s.assignments().inChargeOn(day),
                s.assignments().positionsOfAssignedOn(day), s.assignments().activeOn(day)));

        Map<Long, CadreCategory> category = new HashMap<>();
        Map<Long, Long> committeeOfBest = new HashMap<>();
        for (AssignedPosition p : raw.positions()) {
            CadreCategory c = p.kind().category();
            CadreCategory best = category.get(p.cadreId());
            if (best == null || c.outranks(best)) {
                category.put(p.cadreId(), c);
                committeeOfBest.put(p.cadreId(), p.committeeUnitId());
            }
        }
        Set<Long> withCadre = new HashSet<>();
        Set<Long> withBtv = new HashSet<>();
        for (CadreAtUnit a : raw.inCharge()) {
            withCadre.add(a.unitId());
            if (category.get(a.cadreId()) == CadreCategory.BTV) {
                withBtv.add(a.unitId());
            }
        }
        Set<Long> withAnyone = new HashSet<>();
        raw.assigned().forEach(a -> withAnyone.add(a.unitId()));
        List<UnitState> ordered = inTreeOrder(snapshot);
        List<CoverageReport.Gap> gaps = new ArrayList<>();
        Map<Long, UnitState> byId = new HashMap<>();
        ordered.forEach(u -> byId.put(u.unitId(), u));
        for (CoverageGap g : raw.rules().gaps(ordered, withCadre, withBtv)) {
            UnitState unit = byId.get(g.unitId());
            UnitState parent = unit.parentId() == null ? null : byId.get(unit.parentId());
            gaps.add(new CoverageReport.Gap(unit, parent == null ? null : parent.fullName(), g,
                    withAnyone.contains(unit.unitId()) && !withCadre.contains(unit.unitId())));
        }

        long communes = 0;
        long communesCovered = 0;
        long villages = 0;
        long villagesCovered = 0;
        for (UnitState u : ordered) {
            if (!CoverageRules.isCoverable(u)) {
                continue;
            }
            boolean covered = withCadre.contains(u.unitId());
            if (u.isCommuneTier()) {
                communes++;
                communesCovered += covered ? 1 : 0;
            } else {
                villages++;
                villagesCovered += covered ? 1 : 0;
            }
        }
        Set<Long> cadres = new HashSet<>();
        raw.assigned().forEach(a -> cadres.add(a.cadreId()));
        Map<CadreCategory, Long> byCategory = new EnumMap<>(CadreCategory.class);
        Map<String, Long> byTier = new TreeMap<>();
        Map<String, Integer> tierRank = new HashMap<>();
        for (Long cadre : cadres) {
            CadreCategory c = category.get(cadre);
            if (c == null) {
                continue;
            }
            byCategory.merge(c, 1L, Long::sum);
            hierarchy.stateOn(committeeOfBest.get(cadre), day)
                    .ifPresent(u -> {
                        byTier.merge(u.tierCode(), 1L, Long::sum);
                        tierRank.put(u.tierCode(), u.tierRank());
                    });
        }
        Map<String, Long> byTierInRank = new java.util.LinkedHashMap<>();
        byTier.keySet().stream().sorted(java.util.Comparator.comparing(tierRank::get))
                .forEach(t -> byTierInRank.put(t, byTier.get(t)));
        return new CoverageReport(day, raw.rules(), cadres.size(), byCategory, byTierInRank, communesCovered, communes,
                villagesCovered, villages, gaps);
    }

    private static List<UnitState> inTreeOrder(HierarchySnapshot snapshot) {
        List<UnitState> out = new ArrayList<>();
        for (UnitState root : snapshot.roots()) {
            out.addAll(snapshot.subtree(root.unitId()));
        }
        return out;
    }
}
