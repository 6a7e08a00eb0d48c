package org.diaban.ui.concerns;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.diaban.i18n.Formats;
import org.diaban.service.concerns.ActivityRef;
import org.diaban.service.concerns.ConcernDraft;
import org.diaban.service.concerns.ConcernPlace;
import org.diaban.service.concerns.ConcernSummary;
import org.diaban.service.concerns.TopicInfo;
import org.diaban.ui.cadres.EditRunner;
import org.diaban.ui.common.form.Background;
import org.diaban.ui.common.form.Checks;
import org.diaban.ui.common.form.Choice;
import org.diaban.ui.common.form.ChoiceModel;
import org.diaban.ui.common.form.FormField;

/**
 * The form of a concern, new or corrected: place (typed, diacritics ignored), day raised, who
 * raised it, topic, content, responsible body and deadline. OK waits until the place is known,
 * the content written, the days real and the deadline not before the day raised.
 */
public final class ConcernFormModel {

    private final EditRunner runner;
    private final ConcernEdits edits;
    private final ConcernSummary existing;
    private final LocalDate today;
    private final ChoiceModel place = new ChoiceModel();
    private final ChoiceModel topic = new ChoiceModel();
    private final ChoiceModel household = new ChoiceModel();
    private final ChoiceModel activity = new ChoiceModel();
    private final ReadOnlyStringWrapper activityProblem = new ReadOnlyStringWrapper();
    private final Checks checks;
    private final Background background;
    private Long linkedActivity;
    private int activityLoads;
    private final ReadOnlyStringWrapper householdProblem = new ReadOnlyStringWrapper();
    private final FormField raisedOn;
    private final FormField deadline;
    private final FormField content;
    private final StringProperty raisedBy = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper placeProblem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper topicProblem = new ReadOnlyStringWrapper();
    private final BooleanBinding valid;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    /**
     * @param householdsOf the households of a place (none for a commune), read in the background
     * @param existing     the concern to correct, or null for a new one
     */
    public ConcernFormModel(Checks checks, EditRunner runner, ConcernEdits edits, List<ConcernPlace> places,
                            List<TopicInfo> topics, boolean english, ConcernSummary existing, LocalDate today,
                            Background background, Function<Long, List<ConcernPlace>> householdsOf) {
        this.runner = runner;
        this.edits = edits;
        this.checks = checks;
        this.background = background;
        this.existing = existing;
        this.linkedActivity = existing == null ? null : existing.activityId();
        this.today = today;
        place.setChoices(places.stream().map(p -> new Choice(p.unitId(), p.label())).toList());
        Long currentTopic = existing == null ? null : existing.topicId();
        topic.setChoices(topics.stream().filter(t -> t.active() || t.id().equals(currentTopic))
                .map(t -> new Choice(t.id(), t.name(english))).toList());
        raisedOn = new FormField(t -> {
            if (t == null || t.isBlank()) {
                return checks.text("concerns.form.raisedOnRequired");
            }
            LocalDate d = Checks.date(t);
            if (d != null && d.isAfter(today)) {
                return checks.text("concerns.error.future", Formats.date(d));
            }
            return checks.dateProblem(t);
        });
        deadline = new FormField(t -> {
            String p = checks.dateProblem(t);
            LocalDate due = Checks.date(t);
            LocalDate raised = Checks.date(raisedOn == null ? null : raisedOn.textProperty().get());
            if (p == null && due != null && raised != null && due.isBefore(raised)) {
                return checks.text("concerns.form.deadlineBeforeRaised", Formats.date(raised));
            }
            return p;
        });
        raisedOn.textProperty().addListener((obs, old, now) -> deadline.revalidate());
        content = new FormField(t -> t == null || t.isBlank() ? checks.text("concerns.form.contentRequired") : null);
        // a blank place is not a message (OK stays off all the same): a fresh form is not covered in them
        placeProblem.bind(checks.choiceProblemOf(place));
        topicProblem.bind(checks.choiceProblemOf(topic));
        householdProblem.bind(checks.choiceProblemOf(household));
        activityProblem.bind(checks.choiceProblemOf(activity));
        // the households follow the place: those of the village picked, none for a commune
        place.selectedProperty().addListener((obs, old, now) -> {
            Long unit = now == null ? null : now.id();
            if (unit == null) {
                household.setChoices(List.of());
                return;
            }
            background.run(() -> householdsOf.apply(unit), list -> {
                Choice still = place.selectedProperty().get();
                if (still != null && still.id().equals(unit)) {
                    household.setChoices(list.stream().map(h -> new Choice(h.unitId(), h.label())).toList());
                }
            }, e -> household.setChoices(List.of()));
        });
        if (existing != null) {
            household.select(existing.householdId());
            place.select(existing.unitId());
            topic.select(existing.topicId());
            raisedOn.load(Formats.date(existing.raisedOn()));
            deadline.load(existing.deadline() == null ? "" : Formats.date(existing.deadline()));
            content.load(existing.content());
            raisedBy.set(existing.raisedBy() == null ? "" : existing.raisedBy());
            body.set(existing.responsibleBody() == null ? "" : existing.responsibleBody());
        } else {
            raisedOn.load(Formats.date(today));
        }
        valid = Bindings.createBooleanBinding(() -> place.selectedProperty().get() != null
                        && placeProblem.get() == null && topicProblem.get() == null
                        && householdProblem.get() == null && activityProblem.get() == null
                        && raisedOn.problemProperty().get() == null && deadline.problemProperty().get() == null
                        && content.problemProperty().get() == null,
                place.selectedProperty(), placeProblem, topicProblem, householdProblem, activityProblem,
                raisedOn.problemProperty(),
                deadline.problemProperty(),
                content.problemProperty());
    }

    /** Starts the form at a place (the unit selected in the filter). */
    public void startAt(Long unitId) {
        if (unitId != null) {
            place.select(unitId);
        }
    }

    /**
     * Where the activities a concern can be linked to come from:
     * {@link org.diaban.service.concerns.ConcernService#activitiesNear}.
     */
    @FunctionalInterface
    public interface ActivitiesNear {
        List<ActivityRef> near(Long unitId, LocalDate day, Long linkedId);
    }

    /**
     * Offers the activities held at the place in the days up to the day raised, to link the
     * concern to the one it was raised at; the list follows the place and the day.
     */
    public void offerActivities(ActivitiesNear near) {
        Runnable load = () -> {
            Choice p = place.selectedProperty().get();
            LocalDate day = Checks.date(raisedOn.textProperty().get());
            Choice current = activity.selectedProperty().get();
            Long keep = current != null ? current.id() : activity.isBlank() ? linkedActivity : null;
            int ticket = ++activityLoads;
            background.run(() -> near.near(p == null ? null : p.id(), day, keep), list -> {
                if (ticket == activityLoads) {
                    activity.setChoices(list.stream().map(a -> new Choice(a.id(), activityLabel(checks, a))).toList());
                }
            }, e -> activity.setChoices(List.of()));
        };
        place.selectedProperty().addListener((obs, old, now) -> load.run());
        raisedOn.textProperty().addListener((obs, old, now) -> {
            if (raisedOn.problemProperty().get() == null) {
                load.run();
            }
        });
        activity.select(linkedActivity);
        load.run();
    }

    /** "Đối thoại trực tiếp 15/03/2024 – Xã Hồ Sơn". */
    static String activityLabel(Checks checks, ActivityRef a) {
        return checks.text("concerns.activity.label", checks.text("activities.kind." + a.kind().name()),
                Formats.date(a.heldOn()), a.place() == null ? "" : a.place());
    }

    /**
     * Starts a new concern from the activity it is raised at: its place (and household), its day,
     * and the link to it.
     */
    public void startFrom(ConcernDraft from) {
        linkedActivity = from.activityId();
        activity.select(from.activityId());
        household.select(from.householdId());
        if (from.raisedOn() != null) {
            raisedOn.load(Formats.date(from.raisedOn()));
        }
        startAt(from.unitId());
    }

    public ConcernDraft draft() {
        Choice p = place.selectedProperty().get();
        Choice t = topic.selectedProperty().get();
        Choice h = household.selectedProperty().get();
        Choice a = activity.isBlank() ? null : activity.selectedProperty().get();
        return new ConcernDraft(a == null ? null : a.id(), p == null ? null : p.id(),
                h == null ? null : h.id(), blank(raisedBy.get()),
                Checks.date(raisedOn.textProperty().get()), t == null ? null : t.id(), content.value(),
                blank(body.get()), Checks.date(deadline.textProperty().get()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public void save(Runnable onSaved) {
        if (!valid.get() || busy.get()) {
            return;
        }
        ConcernDraft d = draft();
        runner.submit(existing == null ? edits.raise(d) : edits.update(existing.id(), d), busy, error, onSaved);
    }

    public boolean isNew() {
        return existing == null;
    }

    public ChoiceModel place() {
        return place;
    }

    public ChoiceModel household() {
        return household;
    }

    public ChoiceModel activity() {
        return activity;
    }

    public ReadOnlyStringProperty activityProblemProperty() {
        return activityProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty householdProblemProperty() {
        return householdProblem.getReadOnlyProperty();
    }

    public ChoiceModel topic() {
        return topic;
    }

    public FormField raisedOn() {
        return raisedOn;
    }

    public FormField deadline() {
        return deadline;
    }

    public FormField content() {
        return content;
    }

    public StringProperty raisedByProperty() {
        return raisedBy;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ReadOnlyStringProperty placeProblemProperty() {
        return placeProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty topicProblemProperty() {
        return topicProblem.getReadOnlyProperty();
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

    LocalDate today() {
        return today;
    }
}
