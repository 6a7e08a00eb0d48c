package org.diaban.service.concerns;

import java.util.Map;
import org.diaban.domain.activity.ConcernStatus;

/** How many concerns a list holds, by status and by topic (topic id; null for none), and how many are overdue. */
public record ConcernCounts(long total, Map<ConcernStatus, Long> byStatus, Map<Long, Long> byTopic, long overdue) {
}
