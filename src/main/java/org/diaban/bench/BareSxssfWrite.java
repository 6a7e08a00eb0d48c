package org.diaban.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.diaban.i18n.I18n;
import org.diaban.reporting.DocumentDetails;
import org.diaban.reporting.FormatProfile;
import org.diaban.reporting.workbook.CoverTexts;
import org.diaban.reporting.workbook.ReportTables;
import org.diaban.reporting.workbook.SheetSpec;
import org.diaban.reporting.workbook.SummaryLine;
import org.diaban.reporting.workbook.Table;
import org.diaban.service.report.Resolution77Report;

/**
 * The benchmark's baseline: the same cell values as the report workbook, streamed by a bare
 * SXSSFWorkbook with no styles, merges, page setup or charts. Values come from the same tables the
 * styled writer lays out, so the two write exactly the same cells.
 */
public final class BareSxssfWrite {

    private final I18n i18n;

    public BareSxssfWrite(I18n i18n) {
        this.i18n = i18n;
    }

    public void write(Resolution77Report report, DocumentDetails details, FormatProfile profile, Path out)
            throws IOException {
        CoverTexts cover = CoverTexts.of(report, details, profile, i18n);
        List<SheetSpec> sheets = new ReportTables(i18n).sheets(report);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream os = Files.newOutputStream(out)) {
            cover(wb.createSheet(i18n.get("workbook.sheet.cover")), cover);
            for (SheetSpec spec : sheets) {
                SXSSFSheet sheet = wb.createSheet(spec.name());
                int r = 0;
                r = row(sheet, r, spec.title());
                r = row(sheet, r, spec.subtitle());
                for (Table table : spec.tables()) {
                    if (table.heading() != null) {
                        r = row(sheet, r, table.heading());
                    }
                    r = row(sheet, r, table.columns().stream().map(c -> (Object) c.title()).toArray());
                    for (Object[] values : table.rows()) {
                        r = row(sheet, r, values);
                    }
                    if (table.totals() != null) {
                        r = row(sheet, r, table.totals());
                    }
                }
            }
            wb.write(os);
        }
    }

    private static void cover(SXSSFSheet sheet, CoverTexts t) {
        int r = 0;
        r = row(sheet, r, t.parentBody(), t.nationalTitle());
        r = row(sheet, r, t.issuer(), t.motto());
        r = row(sheet, r, t.star());
        r = row(sheet, r, t.number(), t.placeDate());
        r = row(sheet, r, t.title());
        r = row(sheet, r, t.subtitle());
        r = row(sheet, r, t.phaseNote());
        r = row(sheet, r, t.tableHeader().toArray());
        for (SummaryLine line : t.lines()) {
            r = row(sheet, r, line.number(), line.label(), line.value(), line.note());
        }
        r = row(sheet, r, t.recipientsHeading(), t.signerCapacity());
        r = row(sheet, r, null, t.signerTitle());
        r = row(sheet, r, null, t.signerName());
        for (String recipient : t.recipients()) {
            r = row(sheet, r, recipient);
        }
    }

    private static int row(SXSSFSheet sheet, int r, Object... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof String s) {
                row.createCell(c).setCellValue(s);
            } else if (v instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                row.createCell(c).setCellValue(d);
            }
        }
        return r + 1;
    }
}
