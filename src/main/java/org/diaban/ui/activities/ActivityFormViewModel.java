package org.diaban.ui.activities;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import org.diaban.domain.activity.Activity;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.i18n.Formats;
import org.diaban.service.activity.ActivityDraft;
import org.diaban.service.activity.ActivityService;
import org.diaban.service.activity.Option;
import org.diaban.ui.common.UndoManager;
import org.diaban.ui.common.UndoableEdit;
import org.diaban.ui.common.form.Background;
import org.diaban.ui.common.form.Checks;
import org.diaban.ui.common.form.Choice;
import org.diaban.ui.common.form.ChoiceModel;
import org.diaban.ui.common.form.FormField;

/**
 * The activity form: kind, day, place, participants, working group, content and result. It opens
 * with the values last entered, checks as the user types, and saves in the background; "save and
 * new" keeps the kind, day, place and people for the next one.
 */
public final class ActivityFormViewModel {

    private final ActivityService service;
    private final Background background;
    private final UndoManager undo;
    private final Checks checks;
    private final LocalDate today;
    private Long editingId;

    private final ObjectProperty<ActivityKind> kind = new SimpleObjectProperty<>(ActivityKind.WORK_SESSION);
    private final FormField date;
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper weekday = new ReadOnlyStringWrapper("");
    private final ChoiceModel place = new ChoiceModel();
    private final ReadOnlyStringWrapper placeMessage = new ReadOnlyStringWrapper();
    private final StringProperty placeDetail = new SimpleStringProperty("");
    private final ChoiceModel household = new ChoiceModel();
    private final ReadOnlyStringWrapper householdMessage = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper householdsOffered = new ReadOnlyBooleanWrapper(false);
    private Long householdsOf;
    private final ChipsModel participants = new ChipsModel();
    private final ReadOnlyStringWrapper participantsMessage = new ReadOnlyStringWrapper();
    private final ChoiceModel group = new ChoiceModel();
    private final ReadOnlyStringWrapper groupMessage = new ReadOnlyStringWrapper();
    private final StringProperty content = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Long> lastSaved = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding valid;
    private boolean participantsTouched;
    private LocalDate choicesDay;

    public ActivityFormViewModel(ActivityService service, Background background, UndoManager undo, Checks checks,
                                 LocalDate today) {
        this.service = service;
        this.background = background;
        this.undo = undo;
        this.checks = checks;
        this.today = today;
        date = new FormField(this::dateProblem);
        date.textProperty().addListener((obs, old, t) -> dayChanged(DayText.parse(t, today)));
        place.textProperty().addListener((obs, old, t) -> checkPlace());
        place.matches().addListener((ListChangeListener<Choice>) c -> checkPlace());
        place.selectedProperty().addListener((obs, old, c) -> loadHouseholds(c));
        householdMessage.bind(checks.choiceProblemOf(household));
        groupMessage.bind(checks.choiceProblemOf(group));
        participants.chosen().addListener((ListChangeListener<Choice>) c -> {
            participantsTouched = true;
            checkParticipants();
        });
        valid = Bindings.createBooleanBinding(() -> kind.get() != null && date.problemProperty().get() == null
                        && day.get() != null && place.selectedProperty().get() != null
                        && !participants.chosen().isEmpty() && groupMessage.get() == null
                        && householdMessage.get() == null,
                kind, date.problemProperty(), day, place.selectedProperty(), participants.chosen(), groupMessage,
                householdMessage);
        checkPlace();
    }

    /** A new activity, with the values of the last one entered; {@code ready} runs once they are in. */
    public void startNew(Runnable ready) {
        editingId = null;
        start(service::defaults, ready);
    }

    /** An existing activity, to correct; {@code ready} runs once its values are in. */
    public void startEdit(Long id, Runnable ready) {
        editingId = id;
        start(() -> service.draft(id), ready);
    }

    private void start(org.diaban.ui.common.TaskRunner.Work<ActivityDraft> values, Runnable ready) {
        background.run(values, d -> {
            load(d);
            ready.run();
        }, e -> {
            error.set(checks.describe(e));
            ready.run();
        });
    }

    void load(ActivityDraft d) {
        kind.set(d.kind());
        date.load(Formats.date(d.heldOn()));
        place.select(d.unitId());
        household.select(d.householdId());
        placeDetail.set(nullToEmpty(d.placeDetail()));
        participants.select(d.participantIds());
        participantsTouched = false;
        checkParticipants();
        group.select(d.workingGroupId());
        content.set(nullToEmpty(d.content()));
        result.set(nullToEmpty(d.result()));
    }

    private void dayChanged(LocalDate d) {
        day.set(d);
        weekday.set(d == null ? "" : checks.text("activities.weekday." + d.getDayOfWeek()));
        if (d == null || d.equals(choicesDay)) {
            return;
        }
        choicesDay = d;
        background.run(() -> new Options(service.places(d), service.people(d), service.groups(d)), o -> {
            if (d.equals(choicesDay)) {
                place.setChoices(choices(o.places()));
                participants.setChoices(choices(o.people()));
                group.setChoices(choices(o.groups()));
            }
        }, e -> error.set(checks.describe(e)));
    }

    /** A village offers its households (for a visit); other places have none. */
    private void loadHouseholds(Choice c) {
        Long unit = c == null ? null : c.id();
        if (java.util.Objects.equals(unit, householdsOf)) {
            return;
        }
        householdsOf = unit;
        if (unit == null) {
            return;
        }
        background.run(() -> service.households(unit), list -> {
            if (unit.equals(householdsOf)) {
                household.setChoices(choices(list));
                householdsOffered.set(!list.isEmpty());
                if (!household.isBlank() && household.selectedProperty().get() == null) {
                    household.textProperty().set("");
                }
            }
        }, e -> error.set(checks.describe(e)));
    }

    private record Options(List<Option> places, List<Option> people, List<Option> groups) {
    }

    private static List<Choice> choices(List<Option> options) {
        return options.stream().map(o -> new Choice(o.id(), o.label())).toList();
    }

    private String dateProblem(String text) {
        if (text == null || text.isBlank()) {
            return checks.text("activity.error.dateRequired");
        }
        LocalDate d = DayText.parse(text, today);
        if (d == null) {
            return checks.text("form.badDate", text.strip());
        }
        return checks.problem(() -> Activity.checkNotFuture(d, today));
    }

    private void checkPlace() {
        placeMessage.set(place.isBlank() ? null : checks.choiceProblem(place));
    }

    private void checkParticipants() {
        participantsMessage.set(participantsTouched && participants.chosen().isEmpty()
                ? checks.text("activity.error.participantRequired") : null);
    }

    /** The day as typed ("h", "5/3/24"), written out in full once the user leaves the field. */
    public void completeDate() {
        if (day.get() != null) {
            date.textProperty().set(Formats.date(day.get()));
        }
    }

    ActivityDraft draft() {
        Choice g = group.selectedProperty().get();
        Choice h = household.isBlank() || !householdsOffered.get() ? null : household.selectedProperty().get();
        return new ActivityDraft(kind.get(), day.get(), place.selectedProperty().get().id(), h == null ? null : h.id(),
                placeDetail.get(), participants.ids(), group.isBlank() || g == null ? null : g.id(), content.get(),
                result.get());
    }

    /** Saves; {@code onSaved} runs on success (the dialog closes). */
    public void save(Runnable onSaved) {
        if (!valid.get() || busy.get()) {
            return;
        }
        ActivityDraft d = draft();
        Long id = editingId;
        String what = checks.text(id == null ? "activities.undo.record" : "activities.undo.change",
                checks.text("activities.kind." + d.kind()), Formats.date(d.heldOn()));
        busy.set(true);
        error.set(null);
        background.run(() -> {
            if (id == null) {
                Long created = service.record(d);
                return new Saved(created, Edits.recorded(service, created, what));
            }
            ActivityDraft before = service.update(id, d);
            return new Saved(id, Edits.changed(service, id, before, d, what));
        }, saved -> {
            busy.set(false);
            undo.done(saved.edit());
            lastSaved.set(saved.id());
            onSaved.run();
        }, e -> {
            busy.set(false);
            error.set(checks.describe(e));
        });
    }

    private record Saved(Long id, UndoableEdit edit) {
    }

    /** Saves and clears the form for the next activity: same kind, day, place and people. */
    public void saveAndNew(Runnable onReady) {
        save(() -> {
            editingId = null;
            content.set("");
            result.set("");
            placeDetail.set("");
            household.textProperty().set("");
            onReady.run();
        });
    }

    public boolean isNew() {
        return editingId == null;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public ObjectProperty<ActivityKind> kindProperty() {
        return kind;
    }

    public FormField date() {
        return date;
    }

    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty weekdayProperty() {
        return weekday.getReadOnlyProperty();
    }

    public ChoiceModel place() {
        return place;
    }

    public ReadOnlyStringProperty placeMessageProperty() {
        return placeMessage.getReadOnlyProperty();
    }

    public ChoiceModel household() {
        return household;
    }

    public ReadOnlyStringProperty householdMessageProperty() {
        return householdMessage.getReadOnlyProperty();
    }

    /** Whether the place has households to choose from (a village). */
    public ReadOnlyBooleanProperty householdsOfferedProperty() {
        return householdsOffered.getReadOnlyProperty();
    }

    public StringProperty placeDetailProperty() {
        return placeDetail;
    }

    public ChipsModel participants() {
        return participants;
    }

    public ReadOnlyStringProperty participantsMessageProperty() {
        return participantsMessage.getReadOnlyProperty();
    }

    public ChoiceModel group() {
        return group;
    }

    public ReadOnlyStringProperty groupMessageProperty() {
        return groupMessage.getReadOnlyProperty();
    }

    public StringProperty contentProperty() {
        return content;
    }

    public StringProperty resultProperty() {
        return result;
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

    /** The id of the activity saved last, for the list to select it. */
    public ReadOnlyObjectProperty<Long> lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }
}
