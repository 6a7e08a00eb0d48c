package org.diaban.ui.cadres;

import org.diaban.ui.common.form.FormField;
import org.diaban.ui.common.form.Checks;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.diaban.domain.people.Cadre;
import org.diaban.i18n.Formats;

/** A cadre stops working from a day (retirement, transfer, death), for a reason; undoable. */
public final class RetireViewModel {

    private final EditRunner runner;
    private final CadreEdits edits;
    private final Long cadreId;
    private final String cadreName;
    private final FormField day;
    private final FormField reason;
    private final BooleanBinding valid;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    RetireViewModel(Checks checks, EditRunner runner, CadreEdits edits, Long cadreId, String cadreName,
                    LocalDate today) {
        this.runner = runner;
        this.edits = edits;
        this.cadreId = cadreId;
        this.cadreName = cadreName;
        this.day = new FormField(t -> t == null || t.isBlank() ? checks.text("cadre.error.retireDateRequired")
                : checks.dateProblem(t));
        this.reason = new FormField(t -> checks.problem(() -> Cadre.checkReason(t)));
        day.load(Formats.date(today));
        valid = Bindings.createBooleanBinding(() -> day.problemProperty().get() == null
                && reason.problemProperty().get() == null, day.problemProperty(), reason.problemProperty());
    }

    /** The day as typed, for the confirmation question; null while it is not a date. */
    public LocalDate chosenDay() {
        return Checks.date(day.textProperty().get());
    }

    public void save(Runnable onSaved) {
        LocalDate when = chosenDay();
        if (!valid.get() || busy.get() || when == null) {
            return;
        }
        runner.submit(edits.retire(cadreId, cadreName, when, reason.value()), busy, error, onSaved);
    }

    public String cadreName() {
        return cadreName;
    }

    public FormField day() {
        return day;
    }

    public FormField reason() {
        return reason;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
