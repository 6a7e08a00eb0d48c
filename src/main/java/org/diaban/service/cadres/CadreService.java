package org.diaban.service.cadres;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.diaban.domain.audit.AuditAction;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.people.Cadre;
import org.diaban.domain.people.CadreCategory;
import org.diaban.domain.people.CadrePosition;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.CommitteeTerm;
import org.diaban.domain.people.PositionSpec;
import org.diaban.domain.text.VietnameseCollation;
import org.diaban.persistence.Database;
import org.diaban.persistence.Store;
import org.diaban.service.common.AuditLog;
import org.diaban.service.common.Clock;
import org.diaban.service.common.DataChanges;
import org.diaban.service.common.ReferenceData;
import org.diaban.service.hierarchy.HierarchyQueries;

/** The cadre registry: list, create, edit, retire, and positions over time. */
public final class CadreService {

    private static final String ENTITY = "Cadre";

    private final Database db;
    private final ReferenceData reference;
    private final HierarchyQueries hierarchy;
    private final DataChanges changes;
    private final Clock clock;

    public CadreService(Database db, ReferenceData reference, HierarchyQueries hierarchy, DataChanges changes,
                        Clock clock) {
        this.db = db;
        this.reference = reference;
        this.hierarchy = hierarchy;
        this.changes = changes;
        this.clock = clock;
    }

    /** Every cadre as of {@code day}, in Vietnamese order (given name first). */
    public List<CadreSummary> registry(LocalDate day) {
        List<Cadre> cadres = db.read(s -> s.cadres().allWithPositions());
        List<CadreSummary> rows = new ArrayList<>(cadres.size());
        for (Cadre c : cadres) {
            rows.add(summarise(c, day));
        }
        rows.sort(Comparator.comparing(CadreSummary::fullName, VietnameseCollation.personName())
                .thenComparing(r -> r.birthYear() == null ? 0 : r.birthYear()));
        return rows;
    }

    private CadreSummary summarise(Cadre c, LocalDate day) {
        List<CadrePosition> now = new ArrayList<>(c.positionsOn(day));
        now.sort(Comparator.comparing(p -> p.kind().ordinal()));
        Optional<CadreCategory> category = c.categoryOn(day);
        String titles = now.stream().map(CadrePosition::title).filter(t -> t != null)
                .collect(Collectors.joining("; "));
        String committee = now.isEmpty() ? null : committeeName(now.get(0).committeeUnitId(), day);
        String home = c.homeUnitId() == null ? null : unitName(c.homeUnitId(), day);
        List<CadreSummary.Held> held = now.stream().map(p -> new CadreSummary.Held(p.kind(), p.title())).toList();
        return new CadreSummary(c.id(), c.fullName(), c.profile().gender(), c.birthYear(), home,
                category.orElse(null), titles, committee, c.retiredOn().orElse(null), held);
    }

    public CadreDetail detail(Long cadreId) {
        Cadre c = db.read(s -> cadre(s, cadreId));
        LocalDate today = clock.today();
        Map<Long, String> terms = reference.terms().stream()
                .collect(Collectors.toMap(CommitteeTerm::id, CommitteeTerm::code));
        List<PositionView> positions = c.positions().stream().map(p -> new PositionView(p.id(), p.kind(),
                p.committeeUnitId(), committeeName(p.committeeUnitId(), p.range().from() == null ? today
                        : p.range().from()), p.termId(), terms.get(p.termId()), p.title(), p.range())).toList();
        return new CadreDetail(c.id(), c.profile(),
                c.homeUnitId() == null ? null : unitName(c.homeUnitId(), today),
                c.retiredOn().orElse(null), c.retiredReason(), positions);
    }

    /** Adds a cadre, with a first position if one is given; returns the new id. */
    public Long create(CadreProfile profile, PositionSpec firstPosition) {
        Long id = db.write(store -> {
            Cadre cadre = new Cadre(profile);
            if (firstPosition != null) {
                cadre.addPosition(firstPosition);
            }
            store.cadres().save(cadre);
            store.flush();
            AuditLog.record(store, AuditAction.CREATE, ENTITY, cadre.id(), "Created cadre " + cadre);
            return cadre.id();
        });
        changes.publish(DataChanges.Topic.CADRES);
        return id;
    }

    /** Undo of {@link #create}: removes a cadre that nothing refers to yet. */
    public void deleteCreated(Long cadreId) {
        db.writeAll(store -> {
            Cadre cadre = cadre(store, cadreId);
            if (store.cadres().isReferenced(cadreId)) {
                throw new DomainException("cadre.error.inUse", cadre.fullName());
            }
            store.cadres().delete(cadre);
            AuditLog.record(store, AuditAction.DELETE, ENTITY, cadreId, "Deleted new cadre " + cadre);
        });
        changes.publish(DataChanges.Topic.CADRES);
    }

    /** Replaces the personal details and returns the previous ones, for undo. */
    public CadreProfile update(Long cadreId, CadreProfile profile) {
        CadreProfile before = db.write(store -> {
            Cadre cadre = cadre(store, cadreId);
            CadreProfile old = cadre.profile();
            cadre.update(profile);
            AuditLog.record(store, AuditAction.UPDATE, ENTITY, cadreId,
                    "Updated cadre " + old.fullName() + " -> " + profile.fullName());
            return old;
        });
        changes.publish(DataChanges.Topic.CADRES);
        return before;
    }

    /** Retires a cadre from {@code day}; open positions end the day before. Returns what undo needs. */
    public RetirementUndo retire(Long cadreId, LocalDate day, String reason) {
        RetirementUndo undo = db.write(store -> {
            Cadre cadre = cadre(store, cadreId);
            List<PositionSnapshot> open = cadre.positions().stream().filter(p -> day != null && p.range().contains(day))
                    .map(p -> new PositionSnapshot(p.id(), p.spec())).toList();
            cadre.retire(day, reason);
            AuditLog.record(store, AuditAction.RETIRE, ENTITY, cadreId, "Retired cadre " + cadre + " on " + day);
            return new RetirementUndo(cadreId, open);
        });
        changes.publish(DataChanges.Topic.CADRES);
        return undo;
    }

    /** Undoes a retirement, restoring the positions it ended. */
    public void reinstate(RetirementUndo undo) {
        db.writeAll(store -> {
            Cadre cadre = cadre(store, undo.cadreId());
            cadre.reinstate();
            undo.positions().forEach(p -> cadre.changePosition(p.positionId(), p.spec()));
            AuditLog.record(store, AuditAction.UNDO, ENTITY, undo.cadreId(), "Reinstated cadre " + cadre);
        });
        changes.publish(DataChanges.Topic.CADRES);
    }

    public Long addPosition(Long cadreId, PositionSpec spec) {
        Long id = db.write(store -> {
            Cadre cadre = cadre(store, cadreId);
            CadrePosition p = cadre.addPosition(spec);
            store.flush();
            AuditLog.record(store, AuditAction.UPDATE, ENTITY, cadreId, "Added position " + spec.kind()
                    + " to " + cadre);
            return p.id();
        });
        changes.publish(DataChanges.Topic.CADRES);
        return id;
    }

    /** Changes a position and returns it as it was, for undo. */
    public PositionSpec changePosition(Long cadreId, Long positionId, PositionSpec spec) {
        PositionSpec before = db.write(store -> {
            Cadre cadre = cadre(store, cadreId);
            PositionSpec old = cadre.positions().stream().filter(p -> p.id().equals(positionId)).findFirst()
                    .orElseThrow(() -> new DomainException("cadre.error.noSuchPosition", positionId)).spec();
            cadre.changePosition(positionId, spec);
            AuditLog.record(store, AuditAction.UPDATE, ENTITY, cadreId, "Changed position " + positionId);
            return old;
        });
        changes.publish(DataChanges.Topic.CADRES);
        return before;
    }

    /** Removes a position entered by mistake and returns it, for undo. */
    public PositionSpec removePosition(Long cadreId, Long positionId) {
        PositionSpec before = db.write(store -> {
            Cadre cadre = cadre(store, cadreId);
            PositionSpec old = cadre.positions().stream().filter(p -> p.id().equals(positionId)).findFirst()
                    .orElseThrow(() -> new DomainException("cadre.error.noSuchPosition", positionId)).spec();
            cadre.removePosition(positionId);
            AuditLog.record(store, AuditAction.UPDATE, ENTITY, cadreId, "Removed position " + positionId);
            return old;
        });
        changes.publish(DataChanges.Topic.CADRES);
        return before;
    }

    /** Committees a position can be on: units carrying a committee on that day, by name. */
    public List<UnitState> committeesOn(LocalDate day) {
        return hierarchy.snapshotOn(day).units().stream().filter(u -> u.committeeName() != null)
                .sorted(Comparator.comparingInt(UnitState::tierRank)
                        .thenComparing(VietnameseCollation.comparing(UnitState::committeeName)))
                .toList();
    }

    private static Cadre cadre(Store store, Long cadreId) {
        return store.cadres().withPositions(cadreId)
                .orElseThrow(() -> new DomainException("cadre.error.unknown", cadreId));
    }

    private String committeeName(Long unitId, LocalDate day) {
        return hierarchy.stateOn(unitId, day).map(s -> s.committeeName() != null ? s.committeeName() : s.fullName())
                .orElse("#" + unitId);
    }

    /** A village is named with its commune ("Thôn Đồng Tiến – Xã Hồ Sơn"): many villages share names. */
    private String unitName(Long unitId, LocalDate day) {
        return hierarchy.stateOn(unitId, day).map(u -> u.isVillageTier() && u.parentId() != null
                ? u.fullName() + " – " + hierarchy.stateOn(u.parentId(), day).map(UnitState::fullName).orElse("")
                : u.fullName()).orElse("#" + unitId);
    }

    /** What undoing a retirement needs: the positions it ended, as they were. */
    public record RetirementUndo(Long cadreId, List<PositionSnapshot> positions) {
    }

    public record PositionSnapshot(Long positionId, PositionSpec spec) {
    }
}
