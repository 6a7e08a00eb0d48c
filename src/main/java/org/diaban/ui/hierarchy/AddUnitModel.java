package org.diaban.ui.hierarchy;

import java.time.LocalDate;
import java.util.Collection;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.hierarchy.NewUnit;

/** The "add a member unit" form: the unit's facts and the day it starts (the view date by default). */
final class AddUnitModel {

    private final I18n i18n;
    private final UnitFormModel form;
    private final DateInput validFrom;
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);

    AddUnitModel(I18n i18n, UnitFormModel form, UnitState parent, Collection<UnitState> siblings, LocalDate viewDate) {
        this.i18n = i18n;
        this.form = form;
        this.validFrom = new DateInput(viewDate);
        form.parentProperty().set(parent);
        form.preferTypeOf(siblings);
        validFrom.valueProperty().addListener((obs, old, d) -> validate());
        validFrom.malformedProperty().addListener((obs, old, m) -> validate());
        form.validProperty().addListener((obs, old, v) -> validate());
        validate();
    }

    private void validate() {
        String error = validFrom.basicError(i18n);
        UnitState parent = form.parentProperty().get();
        LocalDate day = validFrom.value();
        if (error == null && parent != null && !parent.lifetime().contains(day)) {
            error = i18n.format("hierarchy.form.error.parentNotOn", parent.fullName(), Formats.date(day));
        }
        dateError.set(error);
        valid.set(error == null && form.isValid());
    }

    NewUnit newUnit() {
        return form.newUnit(validFrom.value());
    }

    UnitFormModel form() {
        return form;
    }

    DateInput validFrom() {
        return validFrom;
    }

    ReadOnlyStringProperty dateErrorProperty() {
        return dateError.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
