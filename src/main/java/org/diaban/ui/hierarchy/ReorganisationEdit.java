package org.diaban.ui.hierarchy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.diaban.service.hierarchy.NewUnit;
import org.diaban.service.hierarchy.ReorganisationPlan;
import org.diaban.service.hierarchy.ReorganisationPlan.Existing;
import org.diaban.service.hierarchy.ReorganisationPlan.SuccessorRef;
import org.diaban.service.hierarchy.ReorganisationService;
import org.diaban.ui.common.UndoableEdit;

/**
 * A reorganisation was recorded: undo reverts the event, redo records the same plan again. The
 * plan names units by id; redo maps them through their keys, since redone creations get new ids.
 */
final class ReorganisationEdit implements UndoableEdit {

    private final ReorganisationService reorganisations;
    private final UnitIds ids;
    private final ReorganisationPlan plan;
    private final Map<Long, String> keys;
    private final String description;
    private Long eventId;

    private ReorganisationEdit(ReorganisationService reorganisations, UnitIds ids, ReorganisationPlan plan,
                               Map<Long, String> keys, Long eventId, String description) {
        this.reorganisations = reorganisations;
        this.ids = ids;
        this.plan = plan;
        this.keys = keys;
        this.eventId = eventId;
        this.description = description;
    }

    /** Records the plan and returns the edit that undoes it; runs off the FX thread. */
    static ReorganisationEdit record(ReorganisationService reorganisations, UnitIds ids, ReorganisationPlan plan,
                                     String description) {
        Map<Long, String> keys = new HashMap<>();
        remap(plan, id -> {
            keys.put(id, ids.key(id));
            return id;
        });
        Long eventId = reorganisations.record(plan);
        return new ReorganisationEdit(reorganisations, ids, plan, keys, eventId, description);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void undo() {
        reorganisations.revert(eventId);
    }

    @Override
    public void redo() {
        eventId = reorganisations.record(remap(plan, id -> ids.id(keys.get(id))));
    }

    /** The same plan with every unit id passed through {@code map}. */
    static ReorganisationPlan remap(ReorganisationPlan plan, UnaryOperator<Long> map) {
        UnaryOperator<Long> orNull = id -> id == null ? null : map.apply(id);
        Map<Long, SuccessorRef> targets = new LinkedHashMap<>();
        plan.childTargets().forEach((child, ref) -> targets.put(map.apply(child),
                ref instanceof Existing e ? new Existing(map.apply(e.unitId())) : ref));
        return new ReorganisationPlan(plan.kind(), plan.effectiveOn(), plan.legalBasis(), plan.note(),
                plan.predecessors().stream().map(map).toList(),
                plan.existingSuccessors().stream().map(map).toList(),
                plan.newSuccessors().stream().map(n -> new NewUnit(n.externalKey(),
                        n.facts().withParent(orNull.apply(n.facts().parentId())), n.validFrom(), n.note())).toList(),
                targets,
                plan.change() == null ? null : plan.change().withParent(orNull.apply(plan.change().parentId())));
    }
}
