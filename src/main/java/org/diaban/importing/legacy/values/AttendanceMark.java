package org.diaban.importing.legacy.values;

import java.time.LocalDate;
import java.util.List;

/** What one attendance month cell says: how many meetings, and on which dates if it names them. */
public record AttendanceMark(int count, List<LocalDate> dates) {

    public AttendanceMark {
        dates = List.copyOf(dates);
    }

    static AttendanceMark count(int count) {
        return new AttendanceMark(count, List.of());
    }
}
