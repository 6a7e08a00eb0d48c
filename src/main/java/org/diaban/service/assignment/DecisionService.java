package org.diaban.service.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.diaban.domain.assignment.Decision;
import org.diaban.domain.assignment.DecisionKind;
import org.diaban.domain.assignment.DecisionNumbering;
import org.diaban.domain.assignment.DecisionSymbol;
import org.diaban.domain.audit.AuditAction;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.hierarchy.HierarchySnapshot;
import org.diaban.domain.hierarchy.PartyNaming;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.people.CommitteeTerm;
import org.diaban.persistence.Database;
import org.diaban.service.common.AuditLog;
import org.diaban.service.common.DataChanges;
import org.diaban.service.common.ReferenceData;
import org.diaban.service.hierarchy.HierarchyQueries;

/** Assignment decisions: proposes the next number, records a decision, finds the one that applies. */
public final class DecisionService {

    /** The document type of a decision (quyết định). */
    public static final String DECISION_TYPE = "QĐ";
    private static final String ENTITY = "Decision";

    private final Database db;
    private final ReferenceData reference;
    private final HierarchyQueries hierarchy;
    private final DataChanges changes;

    public DecisionService(Database db, ReferenceData reference, HierarchyQueries hierarchy, DataChanges changes) {
        this.db = db;
        this.reference = reference;
        this.hierarchy = hierarchy;
        this.changes = changes;
    }

    /** What a new decision says. */
    public record DecisionDraft(Long issuerUnitId, LocalDate issuedOn, int number, String docType, String title,
                                String signer) {
    }

    /** A decision as lists show it. */
    public record DecisionView(Long id, String symbol, LocalDate issuedOn, Long issuerUnitId, String issuerName,
                               String title, String signer) {
    }

    /** The committee code used in symbols for the issuing unit on a day: HU, TU, ĐU. */
    public String committeeCode(Long issuerUnitId, LocalDate day) {
        UnitState unit = hierarchy.stateOn(issuerUnitId, day)
                .orElseThrow(() -> new DomainException("assignments.error.noIssuer"));
        if (unit.committeeCode() != null && !unit.committeeCode().isBlank()) {
            return unit.committeeCode();
        }
        return PartyNaming.of(unit.typeCode(), unit.name()).map(PartyNaming.Names::committeeCode)
                .filter(c -> c != null)
                .orElseThrow(() -> new DomainException("assignments.error.noCommittee", unit.fullName()));
    }

    /** The number to propose for the next decision of the committee in the term in force on the day. */
    public DecisionSymbol proposeNumber(Long issuerUnitId, LocalDate day) {
        String code = committeeCode(issuerUnitId, day);
        Long term = reference.termOn(day).map(CommitteeTerm::id).orElse(null);
        List<Integer> used = db.read(s -> s.decisions().numbersInTerm(issuerUnitId, DECISION_TYPE, term));
        return DecisionNumbering.next(DECISION_TYPE, code, used);
    }

    /** Records an assignment decision; refuses a number already given in the term. Returns its id. */
    public Long record(DecisionDraft draft) {
        if (draft.issuerUnitId() == null) {
            throw new DomainException("assignments.error.noIssuer");
        }
        if (draft.issuedOn() == null) {
            throw new DomainException("assignments.error.dateRequired");
        }
        String type = draft.docType() == null ? DECISION_TYPE : draft.docType();
        DecisionSymbol symbol = new DecisionSymbol(draft.number(), type,
                committeeCode(draft.issuerUnitId(), draft.issuedOn()));
        Optional<CommitteeTerm> term = reference.termOn(draft.issuedOn());
        Long termId = term.map(CommitteeTerm::id).orElse(null);
        Long id = db.write(store -> {
            DecisionNumbering.checkUnused(symbol,
                    store.decisions().numbersInTerm(draft.issuerUnitId(), type, termId),
                    term.map(CommitteeTerm::code).orElse(null));
            Decision d = new Decision(symbol.format(), draft.issuedOn(), draft.issuerUnitId(), termId,
                    DecisionKind.ASSIGNMENT, blankToNull(draft.title()));
            d.setSigner(blankToNull(draft.signer()));
            store.decisions().save(d);
            store.flush();
            AuditLog.record(store, AuditAction.CREATE, ENTITY, d.id(), "Recorded decision " + d.symbol());
            return d.id();
        });
        changes.publish(DataChanges.Topic.ASSIGNMENTS);
        return id;
    }

    /** Undo of {@link #record}: removes a decision nothing refers to yet. */
    public void deleteRecorded(Long decisionId) {
        db.writeAll(store -> {
            Decision d = store.decisions().find(decisionId).orElseThrow();
            store.decisions().delete(d);
            AuditLog.record(store, AuditAction.DELETE, ENTITY, decisionId, "Deleted new decision " + d.symbol());
        });
        changes.publish(DataChanges.Topic.ASSIGNMENTS);
    }

    /**
     * The most recent assignment decision, issued by the unit's own committee or one above it, up to
     * the day: what a new assignment to the unit is most likely made under.
     */
    public Optional<DecisionView> latestAbove(Long unitId, LocalDate day) {
        HierarchySnapshot snapshot = hierarchy.snapshotOn(day);
        List<Long> issuers = new ArrayList<>();
        snapshot.pathToRoot(unitId).forEach(u -> issuers.add(u.unitId()));
        if (issuers.isEmpty()) {
            return Optional.empty();
        }
        return db.read(s -> s.decisions().ofKindByIssuers(DecisionKind.ASSIGNMENT, issuers, day)).stream()
                .findFirst().map(d -> view(d, day));
    }

    /**
     * The decisions a committee issued, newest first: what a working group of that committee is
     * formed by; and the one already linked ({@code keepId}), whoever issued it, first.
     */
    public List<DecisionView> issuedBy(Long issuerUnitId, LocalDate day, Long keepId) {
        List<Decision> own = new ArrayList<>(db.read(s -> {
            List<Decision> list = new ArrayList<>(issuerUnitId == null ? List.of()
                    : s.decisions().byIssuer(issuerUnitId));
            java.util.Collections.reverse(list);
            if (keepId != null && list.stream().noneMatch(d -> d.id().equals(keepId))) {
                s.decisions().find(keepId).ifPresent(d -> list.add(0, d));
            }
            return list;
        }));
        return own.stream().map(d -> view(d, day)).toList();
    }

    /** Every decision, newest first. */
    public List<DecisionView> all(LocalDate day) {
        return db.read(s -> s.decisions().all()).stream().map(d -> view(d, day)).toList();
    }

    private DecisionView view(Decision d, LocalDate day) {
        String issuer = d.issuerUnitId() == null ? null : hierarchy.stateOn(d.issuerUnitId(),
                d.issuedOn() == null ? day : d.issuedOn()).map(u -> u.committeeName() != null ? u.committeeName()
                : u.fullName()).orElse(null);
        return new DecisionView(d.id(), d.symbol(), d.issuedOn(), d.issuerUnitId(), issuer, d.title(), d.signer());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
