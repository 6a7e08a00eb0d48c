package org.diaban.service.report;

/**
 * A unit a report can be made for in a period (the province, a committee's unit, a commune),
 * as it stood then.
 *
 * @param key   the unit's external key, passed back in {@link ReportRequest}
 * @param name  the full name ("Huyện Hữu Lũng")
 * @param depth 0 for the top of the tree, for indenting in a list
 */
public record ScopeChoice(String key, String name, Resolution77Report.TierRef tier, int depth) {
}
