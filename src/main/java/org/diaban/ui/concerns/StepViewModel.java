package org.diaban.ui.concerns;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.diaban.domain.activity.ConcernStatus;
import org.diaban.i18n.Formats;
import org.diaban.service.concerns.ConcernSummary;
import org.diaban.ui.cadres.EditRunner;
import org.diaban.ui.common.form.Checks;
import org.diaban.ui.common.form.FormField;

/**
 * One dated step of a concern: a new status (only those allowed from the current one) or a
 * handover to another body. The day defaults to today and may be neither after today nor before
 * the latest step.
 */
public final class StepViewModel {

    /** What the step does. */
    public enum Kind { STATUS, HANDOVER }

    private final EditRunner runner;
    private final ConcernEdits edits;
    private final ConcernSummary concern;
    private final Kind kind;
    private final List<ConcernStatus> allowed;
    private final ObjectProperty<ConcernStatus> target = new SimpleObjectProperty<>();
    private final FormField day;
    private final FormField body;
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanBinding valid;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    /** @param lastStep the day of the concern's latest step: a new one may not precede it */
    public StepViewModel(Checks checks, EditRunner runner, ConcernEdits edits, ConcernSummary concern, Kind kind,
                         LocalDate lastStep, LocalDate today) {
        this.runner = runner;
        this.edits = edits;
        this.concern = concern;
        this.kind = kind;
        this.allowed = concern.status().next().stream().sorted().toList();
        if (!allowed.isEmpty()) {
            // the usual next step first: in progress after new, resolved after in progress
            target.set(allowed.contains(ConcernStatus.IN_PROGRESS) && concern.status() == ConcernStatus.NEW
                    ? ConcernStatus.IN_PROGRESS : allowed.contains(ConcernStatus.RESOLVED) ? ConcernStatus.RESOLVED
                    : allowed.get(0));
        }
        day = new FormField(t -> {
            if (t == null || t.isBlank()) {
                return checks.text("concerns.step.dayRequired");
            }
            LocalDate d = Checks.date(t);
            if (d == null) {
                return checks.dateProblem(t);
            }
            if (d.isAfter(today)) {
                return checks.text("concerns.error.future", Formats.date(d));
            }
            if (lastStep != null && d.isBefore(lastStep)) {
                return checks.text("concerns.step.beforeLast", Formats.date(lastStep));
            }
            return null;
        });
        day.load(Formats.date(today));
        body = new FormField(t -> kind == Kind.HANDOVER && (t == null || t.isBlank())
                ? checks.text("concerns.error.bodyRequired") : null);
        valid = Bindings.createBooleanBinding(() -> day.problemProperty().get() == null
                && body.problemProperty().get() == null && (kind == Kind.HANDOVER || target.get() != null),
                day.problemProperty(), body.problemProperty(), target);
    }

    public void save(Runnable onSaved) {
        LocalDate when = Checks.date(day.textProperty().get());
        if (!valid.get() || busy.get() || when == null) {
            return;
        }
        String text = note.get() == null || note.get().isBlank() ? null : note.get().strip();
        ConcernEdit edit = kind == Kind.STATUS
                ? edits.changeStatus(concern.id(), concern.content(), target.get(), when, text,
                        target.get() == ConcernStatus.ESCALATED ? body.value() : null)
                : edits.handOver(concern.id(), concern.content(), concern.status(), body.value(), when, text);
        runner.submit(edit, busy, error, onSaved);
    }

    public Kind kind() {
        return kind;
    }

    public ConcernSummary concern() {
        return concern;
    }

    /** The statuses the concern may move to now. */
    public List<ConcernStatus> allowed() {
        return allowed;
    }

    public ObjectProperty<ConcernStatus> targetProperty() {
        return target;
    }

    public FormField day() {
        return day;
    }

    /** Escalating may name the higher body at once; other moves keep the body. */
    public BooleanBinding asksForBodyProperty() {
        return Bindings.createBooleanBinding(() -> kind == Kind.HANDOVER || target.get() == ConcernStatus.ESCALATED,
                target);
    }

    public FormField body() {
        return body;
    }

    public StringProperty noteProperty() {
        return note;
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
