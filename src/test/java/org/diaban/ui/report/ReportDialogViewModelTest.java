package org.diaban.ui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.domain.report.ReportPeriod.Kind;
import org.diaban.i18n.I18n;
import org.diaban.reporting.DocumentDetails;
import org.diaban.service.report.ReportRequest;
import org.diaban.service.report.ScopeChoice;
import org.diaban.ui.cadres.SyncBackground;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report dialog's model without a toolkit: defaults, scopes per period, preview, export, cancel, errors. */
class ReportDialogViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final I18n VI = new I18n(I18n.VIETNAMESE);

    @TempDir
    Path dir;

    private final FakeReportMaking making = new FakeReportMaking();

    private ReportDialogViewModel model(ReportPeriod period, String scope) {
        ReportDialogViewModel m = new ReportDialogViewModel(making, new SyncBackground(), Runnable::run, VI, period,
                scope);
        m.start();
        return m;
    }

    /** A model whose background work waits for the test, with its units and formats already read. */
    private ReportDialogViewModel startedOn(QueuedBackground queue) {
        ReportDialogViewModel m = new ReportDialogViewModel(making, queue, Runnable::run, VI,
                ReportPeriod.quarter(2023, 2), "huu-lung");
        m.start();
        queue.runAll();
        return m;
    }

    @Test
    void startsOnTheLastFinishedQuarterAndTheTopUnit() {
        ReportPeriod q3 = PeriodChoiceModel.lastFinishedQuarter(TODAY);
        assertEquals(ReportPeriod.quarter(2026, 3), q3);
        assertEquals(ReportPeriod.quarter(2025, 4), PeriodChoiceModel.lastFinishedQuarter(LocalDate.of(2026, 2, 1)));
        ReportDialogViewModel m = model(q3, null);
        assertEquals(Kind.QUARTER, m.period().kindProperty().get());
        assertEquals(3, m.period().quarterProperty().get());
        assertEquals("lang-son", m.scopes().selectedProperty().get().key());
        assertEquals(List.of("lang-son", "xa-huu-lung", "xa-yen-binh"),
                m.scopes().scopes().stream().map(ScopeChoice::key).toList(), "after the reform: no districts");
        assertEquals("party", m.profileProperty().get().id(), "the first profile by default");
        assertNull(m.reportProperty().get());
        assertFalse(m.canExportProperty().get(), "nothing to export before a preview");
    }

    @Test
    void theUnitsFollowThePeriodAndTheChoiceIsKeptWhileItExists() {
        ReportDialogViewModel m = model(ReportPeriod.quarter(2023, 2), "huu-lung");
        assertEquals("huu-lung", m.scopes().selectedProperty().get().key());
        m.period().yearProperty().set(2024);
        assertEquals("huu-lung", m.scopes().selectedProperty().get().key(), "the district still existed in 2024");
        m.period().yearProperty().set(2026);
        assertEquals("lang-son", m.scopes().selectedProperty().get().key(), "gone after the reform: the top");
        assertTrue(m.scopes().scopes().stream().noneMatch(s -> s.key().equals("huu-lung")));
    }

    @Test
    void previewComputesTheChosenPeriodAndUnitAndProposesTheDetails() {
        ReportDialogViewModel m = model(ReportPeriod.quarter(2023, 2), "huu-lung");
        m.preview();
        assertEquals(List.of(new ReportRequest(ReportPeriod.quarter(2023, 2), "huu-lung")), making.computed);
        assertEquals(79, m.reportProperty().get().assigned().get(0).total());
        assertEquals("T/M BAN THƯỜNG VỤ", m.signerCapacityProperty().get());
        assertEquals("BÍ THƯ", m.signerTitleProperty().get());
        assertEquals("Nguyễn Văn Bình", m.signerNameProperty().get());
        assertEquals(LocalDate.of(2023, 7, 5), m.dateProperty().get());
        assertTrue(m.canExportProperty().get());

        // what the officer typed stays; what was only proposed follows the format
        m.signerNameProperty().set("Hoàng Văn Dũng");
        m.numberProperty().set("12");
        m.profileProperty().set(m.profiles().get(1));
        assertEquals("TM. ỦY BAN NHÂN DÂN", m.signerCapacityProperty().get());
        assertEquals("CHỦ TỊCH", m.signerTitleProperty().get());
        assertEquals("Hoàng Văn Dũng", m.signerNameProperty().get());
        DocumentDetails d = m.details();
        assertEquals("12", d.number());
        assertEquals("Hữu Lũng", d.place());
        assertEquals(2, d.recipients().size());

        // another unit: the preview is gone until computed again
        m.scopes().selectedProperty().set(m.scopes().scopes().get(0));
        assertNull(m.reportProperty().get());
        assertFalse(m.canExportProperty().get());
    }

    @Test
    void exportWritesTheWorkbookAndTheNarrativeBesideIt() throws Exception {
        ReportDialogViewModel m = model(ReportPeriod.quarter(2023, 2), "huu-lung");
        assertEquals("BaoCao_NQ77_huu-lung_2023-Q2.xlsx", m.suggestedFileName());
        m.preview();
        m.numberProperty().set("15");
        m.alsoNarrativeProperty().set(true);
        Path out = dir.resolve(m.suggestedFileName());
        m.export(out);
        assertEquals(1, making.workbooks.size());
        FakeReportMaking.Written w = making.workbooks.get(0);
        assertEquals(out, w.out());
        assertEquals("15", w.details().number());
        assertEquals("party", w.profile().id());
        assertEquals(m.reportProperty().get(), w.report());
        assertEquals(dir.resolve("BaoCao_NQ77_huu-lung_2023-Q2.docx"), making.narratives.get(0).out());
        assertEquals(out, m.writtenProperty().get());
        assertTrue(Files.exists(out));
        assertFalse(m.job().busyProperty().get());
    }

    @Test
    void theFileNameNamesTheKindOfPeriod() {
        ReportDialogViewModel m = model(ReportPeriod.custom(LocalDate.of(2022, 5, 22), LocalDate.of(2023, 6, 30)),
                "huu-lung");
        assertEquals(Kind.CUSTOM, m.period().kindProperty().get());
        assertEquals("BaoCao_NQ77_huu-lung_2022-05-22_2023-06-30.xlsx", m.suggestedFileName());
        m.period().set(ReportPeriod.halfYear(2023));
        assertEquals("BaoCao_NQ77_huu-lung_2023-H1.xlsx", m.suggestedFileName());
        m.period().kindProperty().set(Kind.MONTH);
        m.period().monthProperty().set(5);
        assertEquals("BaoCao_NQ77_huu-lung_2023-05.xlsx", m.suggestedFileName());
    }

    @Test
    void aCustomPeriodThatEndsBeforeItStartsIsRefusedInWords() {
        ReportDialogViewModel m = model(ReportPeriod.quarter(2023, 2), null);
        m.period().kindProperty().set(Kind.CUSTOM);
        m.period().toProperty().set(LocalDate.of(2023, 1, 1));
        assertNull(m.period().periodProperty().get());
        assertEquals(VI.get("reports.period.problem.order"), m.job().errorProperty().get());
        assertFalse(m.canPreviewProperty().get());
        m.period().toProperty().set(LocalDate.of(2023, 12, 31));
        assertEquals("", m.job().errorProperty().get());
        assertTrue(m.canPreviewProperty().get());
    }

    @Test
    void cancellingAPendingPreviewReturnsToIdleAndDropsItsResult() {
        QueuedBackground queue = new QueuedBackground();
        ReportDialogViewModel m = startedOn(queue);
        m.preview();
        assertTrue(m.job().busyProperty().get());
        assertEquals(VI.get("reports.progress.computing"), m.job().messageProperty().get());
        m.cancel();
        assertFalse(m.job().busyProperty().get());
        queue.runAll();
        assertNull(m.reportProperty().get(), "the cancelled result is not shown");
        assertEquals("", m.job().errorProperty().get(), "a cancel is not an error");
    }

    @Test
    void aCancelledExportLeavesNoFile() {
        QueuedBackground queue = new QueuedBackground();
        ReportDialogViewModel m = startedOn(queue);
        m.preview();
        queue.runAll();
        m.alsoNarrativeProperty().set(true);
        Path out = dir.resolve("r.xlsx");
        m.export(out);
        m.cancel();
        queue.runAll();
        assertEquals(1, making.workbooks.size(), "the writer ran and was told to stop");
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.resolve("r.docx")));
        assertNull(m.writtenProperty().get());
    }

    @Test
    void aFailureIsShownInWords() {
        making.failure = new DomainException("unit.error.notExistingOn", "Huyện Hữu Lũng", LocalDate.of(2026, 1, 1));
        ReportDialogViewModel m = model(ReportPeriod.quarter(2026, 1), null);
        m.preview();
        assertEquals("Đơn vị Huyện Hữu Lũng không tồn tại vào ngày 01/01/2026.", m.job().errorProperty().get());
        assertNull(m.reportProperty().get());
        assertFalse(m.job().busyProperty().get());
        making.failure = null;
        m.preview();
        assertEquals("", m.job().errorProperty().get());
    }

    @Test
    void typingANameWithoutItsMarksFindsTheUnit() {
        List<ScopeChoice> all = FakeReports.scopes(ReportPeriod.quarter(2023, 2));
        assertEquals("huu-lung", ScopeListModel.find(all, "huu l").key());
        assertEquals("huu-lung", ScopeListModel.find(all, "Hữu Lũng").key());
        assertEquals("son-ha", ScopeListModel.find(all, "son ha").key());
        assertEquals("lang-son", ScopeListModel.find(all, "s").key(), "the first unit, top down, with such a word");
        assertNull(ScopeListModel.find(all, "cao loc"));
        assertNull(ScopeListModel.find(all, " "));
    }

    @Test
    void aBrokenProfileFileIsSaidAndTheFolderOpensForEditing() {
        making.profileProblems.add("mine.json: Unexpected character");
        making.profilesFolder = dir;
        ReportDialogViewModel m = model(ReportPeriod.quarter(2023, 2), "huu-lung");
        assertTrue(m.job().errorProperty().get().contains("mine.json: Unexpected character"),
                m.job().errorProperty().get());
        List<Path> opened = new java.util.ArrayList<>();
        m.editProfiles(opened::add);
        assertEquals(List.of(dir), opened);
    }
}
