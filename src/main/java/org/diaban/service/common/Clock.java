package org.diaban.service.common;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date, replaceable in tests. */
@FunctionalInterface
public interface Clock {

    LocalDate today();

    static Clock system() {
        return () -> LocalDate.now(ZoneId.systemDefault());
    }

    static Clock fixed(LocalDate day) {
        return () -> day;
    }
}
