package org.diaban.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.i18n.I18n;
import org.diaban.service.report.ReportRequest;
import org.diaban.ui.cadres.SyncBackground;
import org.diaban.ui.report.FakeReportMaking;
import org.junit.jupiter.api.Test;

/** The dashboard's model: nothing before the tab shows, then this year to date, again on each change. */
class DashboardViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void computesThisYearToDateOnceShownAndAgainWhenThePeriodOrUnitChanges() {
        FakeReportMaking making = new FakeReportMaking();
        DashboardViewModel m = new DashboardViewModel(making, new SyncBackground(), Runnable::run,
                new I18n(I18n.VIETNAMESE), TODAY);
        assertEquals(ReportPeriod.custom(LocalDate.of(2026, 1, 1), TODAY), m.periodProperty().get());
        assertEquals("Từ 01/01/2026 đến 28/11/2026", m.periodName(m.periodProperty().get()));
        assertTrue(m.periods().contains(ReportPeriod.year(2022)));
        assertTrue(m.periods().contains(ReportPeriod.quarter(2026, 3)));
        m.refresh();
        assertTrue(making.computed.isEmpty(), "nothing before the tab is shown");
        assertNull(m.figuresProperty().get());

        m.activate();
        assertEquals(List.of(new ReportRequest(m.periodProperty().get(), "lang-son")), making.computed);
        assertEquals("79", m.figuresProperty().get().tiles().get(0).value());

        m.periodProperty().set(ReportPeriod.year(2023));
        assertEquals(new ReportRequest(ReportPeriod.year(2023), "lang-son"), making.computed.get(1));
        m.scopes().selectedProperty().set(m.scopes().scopes().get(2));
        assertEquals(new ReportRequest(ReportPeriod.year(2023), "huu-lung"), making.computed.get(2));
        assertEquals("huu-lung", m.scopeKey());
        assertEquals(3, making.computed.size(), "one computation per change");

        // data changed while another tab showed: once, when shown again
        m.refreshWhenShown();
        assertEquals(3, making.computed.size());
        m.activate();
        m.activate();
        assertEquals(4, making.computed.size());
    }
}
