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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

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

    /** Writes a report already computed. */
    public void write(Resolution77Report report, DocumentDetails details, FormatProfile profile, Path out,
                      ReportControl control) {
        write(ReportSource.of(report), r -> details, profile, out, control);
    }

    /**
     * Computes a report and writes it: the annex sheet, most of the workbook's rows, is written on
     * a thread of its own from the moment the source hands it over, while the source counts the
     * other figures.
     *
     * @param details the document's number, date and signer, from the computed report
     * @return the computed report
     */
    public Resolution77Report write(ReportSource source, Function<Resolution77Report, DocumentDetails> details,
                                    FormatProfile profile, Path out, ReportControl control) {
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
            Resolution77Report report = writeTo(source, details, profile, temp, control);
            control.checkCancelled();
            move(temp, target);
            return report;
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

    private Resolution77Report writeTo(ReportSource source, Function<Resolution77Report, DocumentDetails> details,
                                       FormatProfile profile, Path file, ReportControl control) throws IOException {
        ReportTables tables = new ReportTables(i18n);
        try (SXSSFWorkbook wb = new FastZippedWorkbook(WINDOW)) {
            Styles styles = new Styles(wb, profile.fontName());
            Cells cells = new Cells(styles);
            PageLayout layout = new PageLayout(profile, i18n.get("workbook.footer"));
            // while the source computes, it reports its own steps: the annex rows written meanwhile
            // are counted but not reported, so that the control hears from one thread at a time
            AtomicBoolean computed = new AtomicBoolean();
            Progress progress = new Progress(new ReportControl() {
                @Override
                public void progress(long done, long total, String messageKey) {
                    if (computed.get()) {
                        control.progress(done, total, messageKey);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return control.isCancelled();
                }
            });
            AnnexSheet annex = new AnnexSheet();
            Resolution77Report report;
            try {
                report = source.compute(part -> {
                    SheetSpec spec = tables.annex(part.rows(), tables.subtitle(part.scope(), part.period()));
                    progress.expect(spec.rowCount());
                    annex.start(wb.createSheet(spec.name()), spec,
                            new TableSheetWriter(cells, layout, profile.sizes().body(), profile.sizes().table(), progress),
                            control);
                });
                computed.set(true);
                annex.finish();
            } catch (RuntimeException | Error e) {
                annex.abandon();
                flushAfterFailure(wb, e);
                throw e;
            }
            try {
                writeBesideAnnex(wb, report, details.apply(report), profile, tables, annex, layout, cells, progress,
                        control);
            } catch (ReportCancelledException e) {
                flushAfterFailure(wb, e);
                throw e;
            }
            progress.step(Progress.SAVING);
            try (OutputStream os = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                wb.write(os);
            }
            return report;
        }
    }

    /** The report sheet and the breakdowns, the annex (written already, or now) put in its place among them. */
    private void writeBesideAnnex(SXSSFWorkbook wb, Resolution77Report report, DocumentDetails details,
                                  FormatProfile profile, ReportTables tables, AnnexSheet annex, PageLayout layout,
                                  Cells cells, Progress progress, ReportControl control) {
        CoverTexts cover = CoverTexts.of(report, details, profile, i18n);
        String subtitle = tables.subtitle(report);
        List<SheetSpec> sheets = tables.sheetsBesideAnnex(report, subtitle);
        progress.expect(cover.lines().size() + sheets.stream().mapToLong(SheetSpec::rowCount).sum());
        TableSheetWriter writer = new TableSheetWriter(cells, layout, profile.sizes().body(), profile.sizes().table(),
                progress);
        if (!annex.started()) {
            // the source never handed the annex over: it is written here, in turn
            SheetSpec spec = tables.annex(report.annex(), subtitle);
            progress.expect(spec.rowCount());
            annex.writeHere(wb.createSheet(spec.name()), spec, writer, control);
        }
        SXSSFSheet coverSheet = wb.createSheet(i18n.get("workbook.sheet.cover"));
        new CoverSheetWriter(cells, layout, profile).write(coverSheet, cover);
        progress.rows(cover.lines().size());
        progress.step(Progress.WRITING);
        ChartWriter charts = new ChartWriter();
        charts.write(annex.sheet(), annex.spec(), annex.placements());
        for (SheetSpec spec : sheets) {
            control.checkCancelled();
            SXSSFSheet sheet = wb.createSheet(spec.name());
            charts.write(sheet, spec, writer.write(sheet, spec, control));
            progress.step(Progress.WRITING);
        }
        control.checkCancelled();
        // sheets were made annex first: the report sheet goes first, the annex after the decisions
        wb.setSheetOrder(coverSheet.getSheetName(), 0);
        wb.setSheetOrder(annex.spec().name(), 1 + ReportTables.ANNEX_POSITION);
        // the report sheet opens first and alone selected (two selected tabs are grouped: an edit would hit both)
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            wb.getSheetAt(i).setSelected(i == 0);
        }
        wb.setActiveSheet(0);
    }

    /** The annex sheet: written on its own thread when the source hands it over early, else in turn. */
    private static final class AnnexSheet {

        private SXSSFSheet sheet;
        private SheetSpec spec;
        private AnnexSheetJob job;
        private List<TableSheetWriter.Placement> placements;

        void start(SXSSFSheet annexSheet, SheetSpec annexSpec, TableSheetWriter writer, ReportControl control) {
            if (sheet != null) {
                throw new IllegalStateException("The annex was handed over twice");
            }
            sheet = annexSheet;
            spec = annexSpec;
            job = new AnnexSheetJob(writer, annexSheet, annexSpec, control);
        }

        void writeHere(SXSSFSheet annexSheet, SheetSpec annexSpec, TableSheetWriter writer, ReportControl control) {
            sheet = annexSheet;
            spec = annexSpec;
            placements = writer.write(annexSheet, annexSpec, control);
        }

        boolean started() {
            return sheet != null;
        }

        void finish() {
            if (job != null) {
                placements = job.placements();
                job = null;
            }
        }

        void abandon() {
            if (job != null) {
                job.abandon();
                job = null;
            }
        }

        SXSSFSheet sheet() {
            return sheet;
        }

        SheetSpec spec() {
            return spec;
        }

        List<TableSheetWriter.Placement> placements() {
            return placements;
        }
    }

    /**
     * Writes out the rows still in memory, so that closing a workbook abandoned halfway has no
     * rows left to flush into its already closed sheet files (POI logs that as a failure).
     */
    private static void flushAfterFailure(SXSSFWorkbook wb, Throwable failure) {
        try {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                wb.getSheetAt(i).flushRows();
            }
        } catch (IOException e) {
            // the failure that stopped the writing is the one to report
            failure.addSuppressed(e);
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
