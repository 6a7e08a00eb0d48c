package org.diaban.domain.hierarchy;

import java.time.LocalDate;
import java.util.List;

/** The facts of one reorganisation, detached from persistence: enough to follow lineage. */
public record ReorganisationStep(Long id, ReorganisationKind kind, LocalDate effectiveOn,
                                 List<Long> predecessors, List<Long> successors) {

    public ReorganisationStep {
        predecessors = List.copyOf(predecessors);
        successors = List.copyOf(successors);
    }
}
