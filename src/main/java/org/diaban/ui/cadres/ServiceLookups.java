package org.diaban.ui.cadres;

import org.diaban.ui.common.form.Choice;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.people.CommitteeTerm;
import org.diaban.domain.text.VietnameseCollation;
import org.diaban.service.cadres.CadreService;
import org.diaban.service.common.ReferenceData;
import org.diaban.service.hierarchy.HierarchyQueries;

/** The pick lists, read from the services. */
public final class ServiceLookups implements Lookups {

    private final CadreService cadres;
    private final HierarchyQueries hierarchy;
    private final ReferenceData reference;

    public ServiceLookups(CadreService cadres, HierarchyQueries hierarchy, ReferenceData reference) {
        this.cadres = cadres;
        this.hierarchy = hierarchy;
        this.reference = reference;
    }

    /** "Thôn Đồng Tiến – Xã Hồ Sơn": a village or commune with its parent, as several villages share names. */
    @Override
    public List<Choice> units(LocalDate day) {
        HierarchySnapshot snapshot = hierarchy.snapshotOn(day);
        return snapshot.units().stream()
                .sorted(Comparator.comparingInt(UnitState::tierRank)
                        .thenComparing(VietnameseCollation.comparing(UnitState::fullName)))
                .map(u -> new Choice(u.unitId(), u.parentId() == null ? u.fullName()
                        : u.fullName() + " – " + snapshot.unit(u.parentId()).map(UnitState::fullName).orElse("")))
                .toList();
    }

    /** Committees by name; a name used twice on that day gets its unit's parent added. */
    @Override
    public List<Choice> committees(LocalDate day) {
        List<UnitState> committees = cadres.committeesOn(day);
        Map<String, Long> uses = committees.stream()
                .collect(Collectors.groupingBy(UnitState::committeeName, Collectors.counting()));
        HierarchySnapshot snapshot = hierarchy.snapshotOn(day);
        return committees.stream().map(u -> new Choice(u.unitId(), uses.get(u.committeeName()) == 1
                || u.parentId() == null ? u.committeeName()
                : u.committeeName() + " – " + snapshot.unit(u.parentId()).map(UnitState::fullName).orElse("")))
                .toList();
    }

    @Override
    public List<CommitteeTerm> terms() {
        return reference.terms();
    }
}
