package org.diaban.ui.cadres;

import org.diaban.ui.common.form.Background;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.diaban.domain.people.PositionKind;
import org.diaban.domain.text.VietnameseText;
import org.diaban.i18n.ErrorMessages;
import org.diaban.service.cadres.CadreService;
import org.diaban.service.cadres.CadreSummary;
import org.diaban.ui.common.TaskRunner;

/**
 * The cadre registry as of the view date: all cadres in Vietnamese order, filtered while the
 * user types (diacritics and case ignored). Retired cadres are hidden unless asked for. The
 * selected cadre's details are in {@link #detail()}.
 */
public final class CadreRegistryViewModel {

    private final CadreService cadres;
    private final Background background;
    private final ErrorMessages errors;
    private final ObjectProperty<LocalDate> viewDate;
    private final CadreDetailViewModel detail;

    private final ObservableList<CadreSummary> all = FXCollections.observableArrayList();
    private final FilteredList<CadreSummary> shown = new FilteredList<>(all, c -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty includeRetired = new SimpleBooleanProperty(false);
    private final ObjectProperty<CadreSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private Function<PositionKind, String> kindName = PositionKind::name;
    private long generation;
    private Long pendingSelection;
    private long pendingSince;
    private boolean restoring;

    public CadreRegistryViewModel(CadreService cadres, TaskRunner tasks, ErrorMessages errors,
                                  ObjectProperty<LocalDate> viewDate) {
        this(cadres, Background.on(tasks), errors, viewDate);
    }

    public CadreRegistryViewModel(CadreService cadres, Background background, ErrorMessages errors,
                                  ObjectProperty<LocalDate> viewDate) {
        this.cadres = cadres;
        this.background = background;
        this.errors = errors;
        this.viewDate = viewDate;
        this.detail = new CadreDetailViewModel(cadres, background, errors, viewDate);
        filter.addListener((obs, old, text) -> applyFilter());
        includeRetired.addListener((obs, old, on) -> applyFilter());
        viewDate.addListener((obs, old, day) -> reload());
        selected.addListener((obs, old, row) -> {
            if (!restoring) {
                detail.show(row == null ? null : row.id(), false);
            }
        });
    }

    /** How position kinds are named where a position has no written title. */
    public void setKindNames(Function<PositionKind, String> kindName) {
        this.kindName = kindName;
    }

    public String titles(CadreSummary c) {
        return c.titles(kindName);
    }

    public void reload() {
        long mine = ++generation;
        loading.set(true);
        LocalDate day = viewDate.get();
        background.run(() -> cadres.registry(day), rows -> {
            if (mine != generation) {
                return;
            }
            Long wanted = pendingSelection;
            Long kept = selected.get() == null ? null : selected.get().id();
            restoring = true;
            try {
                all.setAll(rows);
                applyFilter();
                boolean revealed = wanted != null && reveal(wanted);
                // a reload begun after the request has seen the change: the request is settled either way
                if (revealed || mine > pendingSince) {
                    pendingSelection = null;
                }
                if (!revealed) {
                    selected.set(kept == null ? null : shownRow(kept));
                }
                if (selected.get() == null && !shown.isEmpty()) {
                    // show someone rather than an empty details panel
                    selected.set(shown.get(0));
                }
            } finally {
                restoring = false;
            }
            loading.set(false);
            error.set(null);
            CadreSummary now = selected.get();
            detail.show(now == null ? null : now.id(), true);
        }, e -> {
            if (mine == generation) {
                loading.set(false);
                error.set(errors.describe(e));
            }
        });
    }

    private void applyFilter() {
        String[] words = VietnameseText.fold(filter.get()).split(" ");
        boolean retired = includeRetired.get();
        Function<PositionKind, String> names = kindName;
        shown.setPredicate(c -> (retired || !c.retired()) && matches(c, names, words));
    }

    static boolean matches(CadreSummary c, Function<PositionKind, String> kindName, String[] words) {
        String haystack = VietnameseText.fold(c.fullName() + " " + c.titles(kindName) + " " + nz(c.committee())
                + " " + (c.birthYear() == null ? "" : c.birthYear()));
        for (String w : words) {
            if (!w.isEmpty() && !haystack.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * Selects a cadre by id, showing retired cadres if it is one; if the list does not hold it yet
     * (just added), it is selected after the next reload.
     */
    public void select(Long cadreId) {
        if (!reveal(cadreId)) {
            pendingSelection = cadreId;
            pendingSince = generation;
        }
    }

    private boolean reveal(Long cadreId) {
        for (CadreSummary c : all) {
            if (c.id().equals(cadreId)) {
                if (c.retired() && !includeRetired.get()) {
                    includeRetired.set(true);
                }
                if (!shown.contains(c)) {
                    filter.set("");
                }
                selected.set(c);
                return true;
            }
        }
        return false;
    }

    private CadreSummary shownRow(Long cadreId) {
        return shown.stream().filter(c -> c.id().equals(cadreId)).findFirst().orElse(null);
    }

    public List<CadreSummary> allRows() {
        return List.copyOf(all);
    }

    public ObservableList<CadreSummary> shownRows() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty includeRetiredProperty() {
        return includeRetired;
    }

    public ObjectProperty<CadreSummary> selectedProperty() {
        return selected;
    }

    public CadreDetailViewModel detail() {
        return detail;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> viewDateProperty() {
        return viewDate;
    }
}
