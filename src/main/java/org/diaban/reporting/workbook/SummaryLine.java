package org.diaban.reporting.workbook;

/**
 * One line of the report's summary table (STT | Chỉ tiêu | Kết quả | Ghi chú).
 *
 * @param value   a Number, or a text such as "24/24"
 * @param note    a text, or a percentage (Double)
 * @param section a section heading ("I", bold), with no value
 */
public record SummaryLine(String number, String label, Object value, Object note, boolean section) {

    static SummaryLine section(String number, String label) {
        return new SummaryLine(number, label, null, null, true);
    }

    static SummaryLine of(String number, String label, Object value, Object note) {
        return new SummaryLine(number, label, value, note, false);
    }
}
