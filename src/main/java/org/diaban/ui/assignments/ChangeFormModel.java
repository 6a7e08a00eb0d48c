package org.diaban.ui.assignments;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.diaban.i18n.Formats;
import org.diaban.service.assignment.AssignmentRecord;
import org.diaban.ui.common.form.Checks;
import org.diaban.ui.common.form.Choice;
import org.diaban.ui.common.form.ChoiceModel;
import org.diaban.ui.common.form.FormField;

/**
 * Ending, transferring, replacing or cancelling one assignment: a day, a reason, and for a
 * transfer the unit it moves to, for a replacement the cadre who takes over.
 */
public final class ChangeFormModel extends AssignmentForm {

    /** What the form does. */
    public enum Mode {
        END,
        TRANSFER,
        REPLACE,
        CANCEL
    }

    private final AssignmentEdits edits;
    private final AssignmentRecord assignment;
    private final Mode mode;
    private final FormField day;
    private final FormField reason = new FormField(t -> null);
    private final ChoiceModel target = new ChoiceModel();
    private final ReadOnlyStringWrapper targetProblem = new ReadOnlyStringWrapper();
    private final BooleanBinding valid;

    ChangeFormModel(Checks checks, AssignmentRunner runner, AssignmentEdits edits, AssignmentRecord assignment,
                    Mode mode, LocalDate suggestedDay) {
        super(runner);
        this.edits = edits;
        this.assignment = assignment;
        this.mode = mode;
        this.day = new FormField(t -> {
            if (t == null || t.isBlank()) {
                return checks.text("assignments.form.dayRequired");
            }
            String bad = checks.dateProblem(t);
            LocalDate d = Checks.date(t);
            LocalDate from = assignment.range().from();
            if (bad == null && mode != Mode.CANCEL && from != null && d.isBefore(from)) {
                return checks.text("assignments.form.beforeStart", Formats.date(from));
            }
            return bad;
        });
        day.load(Formats.date(suggestedDay));
        target.textProperty().addListener((obs, o, n) -> targetProblem.set(targetProblem(checks)));
        target.selectedProperty().addListener((obs, o, n) -> targetProblem.set(targetProblem(checks)));
        targetProblem.set(targetProblem(checks));
        valid = Bindings.createBooleanBinding(() -> day.problemProperty().get() == null
                && targetProblem.get() == null, day.problemProperty(), targetProblem);
    }

    private String targetProblem(Checks checks) {
        if (!needsTarget()) {
            return null;
        }
        if (target.isBlank()) {
            return checks.text(mode == Mode.TRANSFER ? "assignments.form.unitRequired"
                    : "assignments.form.cadreRequired");
        }
        return checks.choiceProblem(target);
    }

    /** Whether the form asks for a unit (transfer) or a cadre (replace). */
    public boolean needsTarget() {
        return mode == Mode.TRANSFER || mode == Mode.REPLACE;
    }

    void loadTargets(List<Choice> choices) {
        target.setChoices(choices);
    }

    public void save(Runnable onSaved) {
        LocalDate when = Checks.date(day.value());
        if (when == null || !valid.get()) {
            return;
        }
        String who = assignment.cadreName();
        AssignmentEdit edit = switch (mode) {
            case END -> edits.end(assignment.id(), who, when, reason.value());
            case TRANSFER -> edits.transfer(assignment.id(), who, target.selectedProperty().get().id(), when,
                    reason.value());
            case REPLACE -> edits.replace(assignment.id(), who, target.selectedProperty().get().id(), when,
                    reason.value());
            case CANCEL -> edits.cancel(assignment.id(), who, when, reason.value());
        };
        submit(edit, onSaved);
    }

    public LocalDate chosenDay() {
        return Checks.date(day.value());
    }

    public Mode mode() {
        return mode;
    }

    public AssignmentRecord assignment() {
        return assignment;
    }

    public FormField day() {
        return day;
    }

    public FormField reason() {
        return reason;
    }

    public ChoiceModel target() {
        return target;
    }

    public ReadOnlyStringProperty targetProblemProperty() {
        return targetProblem.getReadOnlyProperty();
    }

    @Override
    public BooleanBinding validProperty() {
        return valid;
    }

}
