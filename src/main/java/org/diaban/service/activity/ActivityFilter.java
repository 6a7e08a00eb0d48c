package org.diaban.service.activity;

import java.time.LocalDate;
import org.diaban.domain.activity.ActivityKind;

/**
 * Which activities a list shows: held from {@code from} to {@code to}, and where given at the unit
 * or anywhere under it, with the cadre among the participants, of the kind, under the group.
 */
public record ActivityFilter(LocalDate from, LocalDate to, Long unitId, Long cadreId, ActivityKind kind,
                             Long workingGroupId) {

    public static ActivityFilter period(LocalDate from, LocalDate to) {
        return new ActivityFilter(from, to, null, null, null, null);
    }

    public ActivityFilter withUnit(Long unit) {
        return new ActivityFilter(from, to, unit, cadreId, kind, workingGroupId);
    }

    public ActivityFilter withCadre(Long cadre) {
        return new ActivityFilter(from, to, unitId, cadre, kind, workingGroupId);
    }

    public ActivityFilter withKind(ActivityKind k) {
        return new ActivityFilter(from, to, unitId, cadreId, k, workingGroupId);
    }

    public ActivityFilter withGroup(Long group) {
        return new ActivityFilter(from, to, unitId, cadreId, kind, group);
    }
}
