package org.diaban.service.activity;

import java.time.LocalDate;
import org.diaban.domain.activity.ActivityKind;

/**
 * A line of the activity list, names resolved as of the day it was held.
 *
 * @param place        the unit, a village with its commune ("Thôn Đồng Tiến – Xã Hồ Sơn")
 * @param household    the head of the household visited, or null
 * @param participants the participants' names, joined
 * @param concerns     how many concerns (not withdrawn) were raised at it
 */
public record ActivityRow(Long id, ActivityKind kind, LocalDate heldOn, Long unitId, Long householdId, String place,
                          String household, String placeDetail, String participants, int participantCount,
                          String group, String content, long concerns) {
}
