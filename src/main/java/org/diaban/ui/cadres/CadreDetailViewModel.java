package org.diaban.ui.cadres;

import org.diaban.ui.common.form.Background;
import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diaban.i18n.ErrorMessages;
import org.diaban.service.cadres.CadreDetail;
import org.diaban.service.cadres.CadreService;
import org.diaban.service.cadres.PositionView;

/** The selected cadre's details and positions over time, oldest first. */
public final class CadreDetailViewModel {

    private final CadreService cadres;
    private final Background background;
    private final ErrorMessages errors;
    private final ObjectProperty<LocalDate> viewDate;
    private final ReadOnlyObjectWrapper<CadreDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PositionView> positions = FXCollections.observableArrayList();
    private final ObjectProperty<PositionView> selectedPosition = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private Long shown;
    private long generation;

    public CadreDetailViewModel(CadreService cadres, Background background, ErrorMessages errors,
                                ObjectProperty<LocalDate> viewDate) {
        this.cadres = cadres;
        this.background = background;
        this.errors = errors;
        this.viewDate = viewDate;
    }

    /** Shows a cadre (null: none); reads it again if {@code again}, as after a change. */
    public void show(Long cadreId, boolean again) {
        if (Objects.equals(cadreId, shown) && !again) {
            return;
        }
        shown = cadreId;
        long mine = ++generation;
        if (cadreId == null) {
            detail.set(null);
            positions.clear();
            error.set(null);
            return;
        }
        Long keepPosition = selectedPosition.get() == null ? null : selectedPosition.get().id();
        background.run(() -> cadres.detail(cadreId), d -> {
            if (mine != generation) {
                return;
            }
            detail.set(d);
            positions.setAll(d.positions());
            error.set(null);
            selectedPosition.set(d.positions().stream().filter(p -> p.id().equals(keepPosition)).findFirst()
                    .orElse(null));
        }, e -> {
            if (mine == generation) {
                detail.set(null);
                positions.clear();
                error.set(errors.describe(e));
            }
        });
    }

    /** Whether a position is held on the view date: these are marked in the table. */
    public boolean isCurrent(PositionView p) {
        LocalDate day = viewDate.get();
        return day != null && p.range().contains(day);
    }

    public ReadOnlyObjectProperty<CadreDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ObservableList<PositionView> positions() {
        return positions;
    }

    public ObjectProperty<PositionView> selectedPositionProperty() {
        return selectedPosition;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObjectProperty<LocalDate> viewDateProperty() {
        return viewDate;
    }
}
