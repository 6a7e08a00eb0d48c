package org.diaban.reporting.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.diaban.domain.common.DomainException;
import org.diaban.i18n.I18n;
import org.diaban.reporting.DocumentDetails;
import org.diaban.reporting.FormatProfile;
import org.diaban.service.report.ReportCancelledException;
import org.diaban.service.report.ReportControl;
import org.diaban.service.report.Resolution77Report;

/**
 * Writes a Resolution 77 report as a print-ready workbook: the report sheet in the document format
 * of the profile, one sheet per breakdown, the annex of assignments and the chart sheet. Rows are
 * streamed (a window of {@value #WINDOW} rows in memory), so an annex of tens of thousands of rows
 * costs no more memory than a short one. The file appears only when complete: it is written beside
 * the target under a temporary name and moved into place, so a cancel or a failure leaves an
 * existing file as it was.
 */
public final class ReportWorkbookWriter {

    static final int WINDOW = 200;

    private final I18n i18n;

    /** A Vietnamese workbook, as the documents are filed. */
    public ReportWorkbookWriter() {
        this(new I18n(I18n.VIETNAMESE));
    }

    public ReportWorkbookWriter(I18n i18n) {
        this.i18n = i18n;
    }

    public void write(Resolution77Report report, DocumentDetails details, FormatProfile profile, Path out,
                      ReportControl control) {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new DomainException("workbook.error.noFolder", String.valueOf(folder));
        }
        Path temp = null;
        try {
            // a hidden name beside the target (same file system, so the move is a rename); not
            // createTempFile, whose owner-only permissions the finished file would keep
            temp = folder.resolve(".~" + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            writeTo(report, details, profile, temp, control);
            control.checkCancelled();
            move(temp, target);
        } catch (AccessDeniedException e) {
            throw new DomainException("workbook.error.fileInUse", target.toString());
        } catch (IOException e) {
            throw new DomainException("workbook.error.write", target.toString(), String.valueOf(e.getMessage()));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a leftover hidden temp file is harmless; the error that matters is already on its way
                }
            }
        }
    }

    private void writeTo(Resolution77Report report, DocumentDetails details, FormatProfile profile, Path file,
                         ReportControl control) throws IOException {
        CoverTexts cover = CoverTexts.of(report, details, profile, i18n);
        List<SheetSpec> sheets = new ReportTables(i18n).sheets(report);
        long total = cover.lines().size() + sheets.stream().mapToLong(SheetSpec::rowCount).sum();
        Progress progress = new Progress(control, total);
        try (SXSSFWorkbook wb = new FastZippedWorkbook(WINDOW)) {
            Styles styles = new Styles(wb, profile.fontName());
            Cells cells = new Cells(styles);
            PageLayout layout = new PageLayout(profile, i18n.get("workbook.footer"));
            SXSSFSheet coverSheet = wb.createSheet(i18n.get("workbook.sheet.cover"));
            new CoverSheetWriter(cells, layout, profile).write(coverSheet, cover);
            progress.rows(cover.lines().size());
            progress.step(Progress.WRITING);
            TableSheetWriter tables = new TableSheetWriter(cells, layout, profile.sizes().body(),
                    profile.sizes().table(), progress);
            ChartWriter charts = new ChartWriter();
            try {
                for (SheetSpec spec : sheets) {
                    control.checkCancelled();
                    SXSSFSheet sheet = wb.createSheet(spec.name());
                    charts.write(sheet, spec, tables.write(sheet, spec, control));
                    progress.step(Progress.WRITING);
                }
                control.checkCancelled();
            } catch (ReportCancelledException e) {
                flushAll(wb);
                throw e;
            }
            progress.step(Progress.SAVING);
            try (OutputStream os = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                wb.write(os);
            }
        }
    }

    /**
     * Writes out the rows still in memory, so that closing a workbook abandoned halfway has no
     * rows left to flush into its already closed sheet files (POI logs that as a failure).
     */
    private static void flushAll(SXSSFWorkbook wb) throws IOException {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            wb.getSheetAt(i).flushRows();
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
