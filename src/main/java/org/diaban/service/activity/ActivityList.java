package org.diaban.service.activity;

import java.util.List;
import java.util.Map;
import org.diaban.domain.activity.ActivityKind;

/**
 * The first rows of a filtered list, latest first, with the size and the totals by kind of the
 * whole filtered set (not only the rows shown).
 */
public record ActivityList(List<ActivityRow> rows, long total, Map<ActivityKind, Long> totalsByKind) {

    public boolean isCapped() {
        return rows.size() < total;
    }
}
