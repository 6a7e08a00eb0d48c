package org.diaban.ui.concerns;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.diaban.domain.activity.ConcernStatus;

/** The status part of the filter bar: everything, the open ones, or one status. */
public record StatusFilter(String key, Set<ConcernStatus> statuses) {

    public static final StatusFilter ALL = new StatusFilter("all", null);
    public static final StatusFilter OPEN = new StatusFilter("open",
            EnumSet.of(ConcernStatus.NEW, ConcernStatus.IN_PROGRESS, ConcernStatus.ESCALATED));

    public static StatusFilter of(ConcernStatus status) {
        return new StatusFilter(status.name(), EnumSet.of(status));
    }

    /** All, open, then each status in its order. */
    public static List<StatusFilter> choices() {
        List<StatusFilter> out = new ArrayList<>(List.of(ALL, OPEN));
        for (ConcernStatus s : ConcernStatus.values()) {
            out.add(of(s));
        }
        return out;
    }
}
