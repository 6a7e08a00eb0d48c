package org.diaban.domain.hierarchy;

import java.util.HashSet;
import java.util.List;
import org.diaban.domain.common.DomainException;

/** What each kind of reorganisation needs: how many predecessors and successors. */
final class ReorganisationRules {

    private ReorganisationRules() {
    }

    static void check(ReorganisationKind kind, List<Long> predecessors, List<Long> successors) {
        switch (kind) {
            case MERGE -> {
                require(predecessors.size() >= 2 || (predecessors.size() == 1 && !successors.isEmpty()
                        && !successors.contains(predecessors.get(0))), "reorganisation.error.mergeNeedsTwo");
                require(successors.size() == 1, "reorganisation.error.mergeNeedsOneSuccessor");
            }
            case SPLIT -> {
                require(predecessors.size() == 1, "reorganisation.error.splitNeedsOnePredecessor");
                require(successors.size() >= 2, "reorganisation.error.splitNeedsTwoSuccessors");
            }
            case RENAME, CHANGE_PARENT -> {
                require(predecessors.size() == 1 && successors.isEmpty(), "reorganisation.error.needsOneUnit");
            }
            case ESTABLISH -> require(predecessors.isEmpty() && !successors.isEmpty(),
                    "reorganisation.error.establishNeedsSuccessor");
            case DISSOLVE -> require(!predecessors.isEmpty(), "reorganisation.error.dissolveNeedsUnit");
            default -> throw new IllegalStateException(kind.name());
        }
        if (new HashSet<>(predecessors).size() != predecessors.size()
                || new HashSet<>(successors).size() != successors.size()) {
            throw new DomainException("reorganisation.error.duplicateUnit");
        }
    }

    private static void require(boolean condition, String key) {
        if (!condition) {
            throw new DomainException(key);
        }
    }
}
