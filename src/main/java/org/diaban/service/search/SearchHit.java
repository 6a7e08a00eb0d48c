package org.diaban.service.search;

import java.time.LocalDate;

/**
 * One thing the search found.
 *
 * @param placeId  the unit to show it in: the unit itself, a household's village; null for a cadre
 * @param context  where it is: the parent units, or a cadre's positions (data, not UI text)
 * @param endedOn  the last day a unit existed or a cadre worked, if that is past; null otherwise
 */
public record SearchHit(SearchKind kind, Long id, Long placeId, String title, String context, LocalDate endedOn) {
}
