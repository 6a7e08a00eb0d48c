package org.diaban.service.hierarchy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.diaban.domain.hierarchy.ReorganisationKind;

/**
 * A reorganisation to record: which units end, which carry on, which are created, and where
 * the units under the ended ones go.
 *
 * @param predecessors       units that end (MERGE, SPLIT, DISSOLVE) or change (RENAME, CHANGE_PARENT: one unit)
 * @param existingSuccessors units that already exist and receive territory (a merge into an existing unit)
 * @param newSuccessors      units created on the date
 * @param childTargets       where each unit under a predecessor goes; a merge sends all of them to its one
 *                           successor when this is empty
 * @param change             the new facts for RENAME and CHANGE_PARENT
 */
public record ReorganisationPlan(ReorganisationKind kind, LocalDate effectiveOn, String legalBasis, String note,
                                 List<Long> predecessors, List<Long> existingSuccessors, List<NewUnit> newSuccessors,
                                 Map<Long, SuccessorRef> childTargets, UnitEdit change) {

    public ReorganisationPlan {
        predecessors = List.copyOf(predecessors);
        existingSuccessors = List.copyOf(existingSuccessors);
        newSuccessors = List.copyOf(newSuccessors);
        childTargets = Map.copyOf(childTargets);
    }

    /** Several units merge into one new unit; everything under them moves to it. */
    public static ReorganisationPlan mergeInto(NewUnit successor, List<Long> predecessors, LocalDate day,
                                              String legalBasis) {
        return new ReorganisationPlan(ReorganisationKind.MERGE, day, legalBasis, null, predecessors, List.of(),
                List.of(successor), Map.of(), null);
    }

    /** Units are absorbed into an existing one (which may be among the predecessors). */
    public static ReorganisationPlan mergeIntoExisting(Long successor, List<Long> predecessors, LocalDate day,
                                                       String legalBasis) {
        return new ReorganisationPlan(ReorganisationKind.MERGE, day, legalBasis, null, predecessors,
                List.of(successor), List.of(), Map.of(), null);
    }

    /** A successor: one of the existing ones, or one of the units the plan creates. */
    public sealed interface SuccessorRef {
    }

    public record Existing(Long unitId) implements SuccessorRef {
    }

    /** The n-th entry of {@link #newSuccessors}. */
    public record Created(int index) implements SuccessorRef {
    }
}
