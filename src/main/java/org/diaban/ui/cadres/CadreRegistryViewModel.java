package org.diaban.ui.cadres;

import java.time.LocalDate;
import java.util.List;
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
import org.diaban.domain.text.VietnameseText;
import org.diaban.i18n.ErrorMessages;
import org.diaban.service.cadres.CadreService;
import org.diaban.service.cadres.CadreSummary;
import org.diaban.ui.common.TaskRunner;

/**
 * The cadre registry as of the view date: all cadres in Vietnamese order, filtered while the
 * user types (diacritics and case ignored).
 */
public final class CadreRegistryViewModel {

    private final CadreService cadres;
    private final TaskRunner tasks;
    private final ErrorMessages errors;
    private final ObjectProperty<LocalDate> viewDate;

    private final ObservableList<CadreSummary> all = FXCollections.observableArrayList();
    private final FilteredList<CadreSummary> shown = new FilteredList<>(all, c -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty includeRetired = new SimpleBooleanProperty(false);
    private final ObjectProperty<CadreSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private long generation;
    private Long pendingSelection;

    public CadreRegistryViewModel(CadreService cadres, TaskRunner tasks, ErrorMessages errors,
                                  ObjectProperty<LocalDate> viewDate) {
        this.cadres = cadres;
        this.tasks = tasks;
        this.errors = errors;
        this.viewDate = viewDate;
        filter.addListener((obs, old, text) -> applyFilter());
        includeRetired.addListener((obs, old, on) -> applyFilter());
        viewDate.addListener((obs, old, day) -> reload());
    }

    public void reload() {
        long mine = ++generation;
        loading.set(true);
        LocalDate day = viewDate.get();
        tasks.run(() -> cadres.registry(day), rows -> {
            if (mine != generation) {
                return;
            }
            Long keep = pendingSelection != null ? pendingSelection
                    : selected.get() == null ? null : selected.get().id();
            pendingSelection = null;
            all.setAll(rows);
            applyFilter();
            loading.set(false);
            error.set(null);
            if (keep != null) {
                select(keep);
            }
        }, e -> {
            loading.set(false);
            error.set(errors.describe(e));
        });
    }

    private void applyFilter() {
        String[] words = VietnameseText.fold(filter.get()).split(" ");
        boolean retired = includeRetired.get();
        shown.setPredicate(c -> (retired || !c.retired()) && matches(c, words));
    }

    static boolean matches(CadreSummary c, String[] words) {
        String haystack = VietnameseText.fold(c.fullName() + " " + nz(c.titles()) + " " + nz(c.committee()) + " "
                + (c.birthYear() == null ? "" : c.birthYear()));
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

    /** Selects a cadre by id once the list holds it (also after a reload). */
    public void select(Long cadreId) {
        for (CadreSummary c : all) {
            if (c.id().equals(cadreId)) {
                if (c.retired() && !includeRetired.get()) {
                    includeRetired.set(true);
                }
                selected.set(c);
                return;
            }
        }
        pendingSelection = cadreId;
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
