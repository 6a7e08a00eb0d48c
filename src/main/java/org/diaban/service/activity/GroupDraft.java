package org.diaban.service.activity;

import java.time.LocalDate;
import java.util.List;

/** What the working-group form says: the committee that formed it, when, the people and the communes. */
public record GroupDraft(String name, Long committeeUnitId, LocalDate formedOn, Long decisionId, Long leaderId,
                         List<Long> memberIds, List<Long> unitIds) {

    public GroupDraft {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
    }
}
