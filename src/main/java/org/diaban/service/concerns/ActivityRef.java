package org.diaban.service.concerns;

import java.time.LocalDate;
import org.diaban.domain.activity.ActivityKind;

/**
 * The activity a concern was raised at, as the concern shows it.
 *
 * @param place the unit's full name, a village with its commune
 */
public record ActivityRef(Long id, ActivityKind kind, LocalDate heldOn, String place) {
}
