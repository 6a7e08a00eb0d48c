package org.diaban.ui.assignments;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.diaban.domain.assignment.CoverageGap;
import org.diaban.domain.text.VietnameseText;
import org.diaban.i18n.ErrorMessages;
import org.diaban.i18n.I18n;
import org.diaban.service.assignment.CoverageReport;
import org.diaban.service.assignment.CoverageService;
import org.diaban.service.cadres.CadreService;
import org.diaban.service.cadres.CadreSummary;
import org.diaban.ui.common.form.Background;

/**
 * State of the assignments panel beside the tree: the cadres to drag (searchable, diacritics
 * ignored), the coverage on the view date, and the warning per unit for the tree badges. Both load
 * in the background; an answer for an older date is dropped.
 */
public final class AssignmentsPanelModel {

    private final CadreService cadres;
    private final CoverageService coverage;
    private final Background background;
    private final ErrorMessages errors;
    private final I18n i18n;
    private final ObjectProperty<LocalDate> viewDate;

    // Properties
    private final ObservableList<CadreSummary> all = FXCollections.observableArrayList();
    private final FilteredList<CadreSummary> shown = new FilteredList<>(all, c -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<CoverageReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Map<Long, String>> warnings = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private long generation;

    public AssignmentsPanelModel(CadreService cadres, CoverageService coverage, Background background,
                                 ErrorMessages errors, I18n i18n, ObjectProperty<LocalDate> viewDate) {
        this.cadres = cadres;
        this.coverage = coverage;
        this.background = background;
        this.errors = errors;
        this.i18n = i18n;
        this.viewDate = viewDate;
        filter.addListener((obs, old, text) -> applyFilter());
        viewDate.addListener((obs, old, day) -> reload());
    }

    // Commands

    /** Loads the cadres working on the view date and the coverage then. */
    public void reload() {
        LocalDate day = viewDate.get();
        long mine = ++generation;
        record Loaded(List<CadreSummary> cadres, CoverageReport report) {
        }
        background.run(() -> new Loaded(cadres.registry(day).stream()
                .filter(c -> c.retiredOn() == null || c.retiredOn().isAfter(day)).toList(),
                coverage.coverageOn(day)), loaded -> {
                    if (mine != generation) {
                        return;
                    }
                    all.setAll(loaded.cadres());
                    applyFilter();
                    report.set(loaded.report());
                    warnings.set(warningsOf(loaded.report()));
                    error.set(null);
                }, e -> error.set(errors.describe(e)));
    }

    private void applyFilter() {
        String typed = VietnameseText.fold(filter.get() == null ? "" : filter.get()).strip();
        shown.setPredicate(c -> typed.isEmpty() || VietnameseText.fold(c.fullName() + " "
                + (c.committee() == null ? "" : c.committee())).contains(typed));
    }

    private Map<Long, String> warningsOf(CoverageReport r) {
        Map<Long, String> out = new HashMap<>();
        for (CoverageReport.Gap g : r.gaps()) {
            out.put(g.unit().unitId(), warning(g));
        }
        return out;
    }

    /** The sentence for a gap, as the badge's tooltip and the uncovered list say it. */
    public String warning(CoverageReport.Gap gap) {
        if (!gap.gap().problems().contains(CoverageGap.Problem.NO_CADRE_IN_CHARGE)) {
            return i18n.get("assignments.coverage.noBtv");
        }
        return i18n.get(gap.othersAssigned() ? "assignments.coverage.noCadreOthers" : "assignments.coverage.noCadre");
    }

    /** The line under a cadre's name: titles and committee on the view date. */
    public String describe(CadreSummary c) {
        String category = c.category() == null ? i18n.get("assignments.panel.noPosition")
                : i18n.get("assignments.category." + c.category());
        return c.committee() == null ? category : category + " · " + c.committee();
    }

    // Properties

    public ObservableList<CadreSummary> shownCadres() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<CoverageReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<Long, String>> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> viewDateProperty() {
        return viewDate;
    }
}
