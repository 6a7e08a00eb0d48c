package org.diaban.ui.cadres;

import org.diaban.ui.common.form.Checks;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.people.PositionSpec;
import org.diaban.service.cadres.PositionView;

/** Adds a position to a cadre or changes one, through an undoable edit. */
public final class PositionEditorViewModel {

    private final Checks checks;
    private final EditRunner runner;
    private final CadreEdits edits;
    private final Long cadreId;
    private final String cadreName;
    private final PositionView existing;
    private final PositionFormModel form;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    PositionEditorViewModel(Checks checks, EditRunner runner, CadreEdits edits, PositionFormModel form, Long cadreId,
                            String cadreName, PositionView existing) {
        this.checks = checks;
        this.runner = runner;
        this.edits = edits;
        this.form = form;
        this.cadreId = cadreId;
        this.cadreName = cadreName;
        this.existing = existing;
        if (existing != null) {
            form.load(existing);
        }
    }

    public void start() {
        form.start();
    }

    public void save(Runnable onSaved) {
        if (!form.validProperty().get() || busy.get()) {
            return;
        }
        CadreEdit edit;
        try {
            PositionSpec spec = form.spec();
            edit = existing == null ? edits.addPosition(cadreId, cadreName, spec)
                    : edits.changePosition(cadreId, cadreName, existing.id(), spec);
        } catch (DomainException e) {
            error.set(checks.describe(e));
            return;
        }
        runner.submit(edit, busy, error, onSaved);
    }

    public boolean isNew() {
        return existing == null;
    }

    public String cadreName() {
        return cadreName;
    }

    public PositionFormModel form() {
        return form;
    }

    public BooleanBinding validProperty() {
        return form.validProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
