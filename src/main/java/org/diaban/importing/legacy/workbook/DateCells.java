package org.diaban.importing.legacy.workbook;

import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DateUtil;

/** Decides whether a numeric cell is a real date cell and which date it holds. */
final class DateCells {

    private DateCells() {
    }

    /**
     * The date a number stands for when its number format is a date format, otherwise
     * {@code null}.
     */
    static LocalDateTime dateOf(double value, int formatIndex, String formatString, boolean date1904) {
        if (formatString == null || !DateUtil.isADateFormat(formatIndex, formatString)
                || !DateUtil.isValidExcelDate(value)) {
            return null;
        }
        return DateUtil.getLocalDateTime(value, date1904);
    }
}
