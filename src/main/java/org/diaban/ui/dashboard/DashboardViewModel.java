package org.diaban.ui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.service.report.ReportRequest;
import org.diaban.service.report.Resolution77Report;
import org.diaban.service.report.ScopeChoice;
import org.diaban.ui.common.form.Background;
import org.diaban.ui.report.ReportJob;
import org.diaban.ui.report.ReportMaking;
import org.diaban.ui.report.ReportTexts;
import org.diaban.ui.report.ScopeListModel;

/**
 * The dashboard: the key figures and charts of the Resolution 77 report for a period (this year
 * to date at first) and a unit, computed in the background through the same port as the report.
 * Nothing is computed until the tab is first shown; after that a change of period or unit
 * computes again.
 */
public final class DashboardViewModel {

    /** Resolution 77-NQ/TU was adopted on this day: the longest period worth offering starts here. */
    private static final LocalDate RESOLUTION_DAY = LocalDate.of(2022, 5, 22);

    private final ReportMaking making;
    private final ReportTexts texts;
    private final ReportJob job;
    private final ScopeListModel scopes;
    private final ObservableList<ReportPeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Resolution77Report> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DashboardFigures> figures = new ReadOnlyObjectWrapper<>();
    private boolean active;
    private boolean stale;

    public DashboardViewModel(ReportMaking making, Background background, Executor onFx, I18n i18n, LocalDate today) {
        this.making = making;
        this.texts = new ReportTexts(i18n);
        this.job = new ReportJob(background, onFx, i18n);
        ErrorMessages errors = new ErrorMessages(i18n);
        this.scopes = new ScopeListModel(making, background, null, e -> job.fail(errors.describe(e)));
        periods.setAll(choices(today));
        period.set(periods.get(0));
        period.addListener((obs, old, p) -> {
            if (active) {
                scopes.load(p);
            }
        });
        // the units of a new period arrive, or the user picks another: compute again
        scopes.loadingProperty().addListener((obs, was, loading) -> {
            if (!loading) {
                refresh();
            }
        });
        scopes.selectedProperty().addListener((obs, old, s) -> {
            if (!scopes.loadingProperty().get()) {
                refresh();
            }
        });
    }

    /** This year to date, the last quarter ended, the past years, and everything since the resolution. */
    static List<ReportPeriod> choices(LocalDate today) {
        List<ReportPeriod> list = new ArrayList<>();
        list.add(ReportPeriod.custom(LocalDate.of(today.getYear(), 1, 1), today));
        list.add(org.diaban.ui.report.PeriodChoiceModel.lastFinishedQuarter(today));
        for (int y = today.getYear() - 1; y >= RESOLUTION_DAY.getYear(); y--) {
            list.add(ReportPeriod.year(y));
        }
        if (today.isAfter(RESOLUTION_DAY)) {
            list.add(ReportPeriod.custom(RESOLUTION_DAY, today));
        }
        return list;
    }

    /** The tab is showing: reads the units and computes the first time, or again if the data changed meanwhile. */
    public void activate() {
        if (!active) {
            active = true;
            stale = false;
            scopes.load(period.get());
        } else if (stale) {
            refresh();
        }
    }

    /** The data changed while the tab is hidden: computes when it shows again, not for nobody now. */
    public void refreshWhenShown() {
        stale = true;
    }

    /** Computes the figures again (the refresh button, F5, a change of data). */
    public void refresh() {
        ReportPeriod p = period.get();
        if (!active || p == null || scopes.loadingProperty().get()) {
            return;
        }
        stale = false;
        ScopeChoice s = scopes.selectedProperty().get();
        ReportRequest request = new ReportRequest(p, s == null ? null : s.key());
        job.start("reports.progress.computing", control -> making.compute(request, control), r -> {
            report.set(r);
            figures.set(DashboardFigures.of(r, texts));
        });
    }

    public String periodName(ReportPeriod p) {
        return p == null ? "" : texts.period(p);
    }

    public ObservableList<ReportPeriod> periods() {
        return periods;
    }

    public ObjectProperty<ReportPeriod> periodProperty() {
        return period;
    }

    public ScopeListModel scopes() {
        return scopes;
    }

    public ReportJob job() {
        return job;
    }

    /** The unit chosen, for the report dialog ("Lập báo cáo…"); null for the top. */
    public String scopeKey() {
        ScopeChoice s = scopes.selectedProperty().get();
        return s == null ? null : s.key();
    }

    public ReadOnlyObjectProperty<Resolution77Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The figures shown; null before the first computation. */
    public ReadOnlyObjectProperty<DashboardFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }
}
