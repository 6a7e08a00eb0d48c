package org.diaban.ui.activities;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.diaban.i18n.Formats;
import org.diaban.service.activity.ActivityService;
import org.diaban.service.activity.GroupDraft;
import org.diaban.service.activity.Option;
import org.diaban.service.activity.WorkingGroupService;
import org.diaban.service.assignment.DecisionService;
import org.diaban.ui.common.UndoManager;
import org.diaban.ui.common.UndoableEdit;
import org.diaban.ui.common.form.Background;
import org.diaban.ui.common.form.Checks;
import org.diaban.ui.common.form.Choice;
import org.diaban.ui.common.form.ChoiceModel;
import org.diaban.ui.common.form.FormField;

/**
 * The working-group form: name, the committee that forms it, the day, the leader (with a warning
 * when not on the committee's standing committee that day), the members and the communes in its care.
 */
public final class GroupFormViewModel {

    private final WorkingGroupService groups;
    private final ActivityService activities;
    private final Background background;
    private final UndoManager undo;
    private final Checks checks;
    private final LocalDate today;
    private Long editingId;
    private Long decisionId;
    private final DecisionService decisions;
    private final ChoiceModel decision = new ChoiceModel();
    private final ReadOnlyStringWrapper decisionMessage = new ReadOnlyStringWrapper();
    private int decisionLoads;

    private final FormField name;
    private final ChoiceModel committee = new ChoiceModel();
    private final ReadOnlyStringWrapper committeeMessage = new ReadOnlyStringWrapper();
    private final FormField formedOn;
    private final ChoiceModel leader = new ChoiceModel();
    private final ReadOnlyStringWrapper leaderMessage = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper leaderWarning = new ReadOnlyStringWrapper();
    private final ChipsModel members = new ChipsModel();
    private final ChipsModel communes = new ChipsModel();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Long> lastSaved = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding valid;
    private LocalDate peopleDay;
    private Long communesOf;

    public GroupFormViewModel(WorkingGroupService groups, ActivityService activities, DecisionService decisions,
                              Background background, UndoManager undo, Checks checks, LocalDate today) {
        this.groups = groups;
        this.activities = activities;
        this.decisions = decisions;
        this.background = background;
        this.undo = undo;
        this.checks = checks;
        this.today = today;
        name = new FormField(t -> t == null || t.isBlank() ? checks.text("workingGroup.error.nameRequired") : null);
        formedOn = new FormField(t -> t == null || t.isBlank() ? checks.text("activity.error.dateRequired")
                : day(t) == null ? checks.text("form.badDate", t.strip()) : null);
        formedOn.textProperty().addListener((obs, old, t) -> dayChanged());
        committeeMessage.bind(checks.choiceProblemOf(committee));
        decisionMessage.bind(checks.choiceProblemOf(decision));
        leaderMessage.bind(checks.choiceProblemOf(leader));
        committee.selectedProperty().addListener((obs, old, c) -> {
            loadCommunes();
            loadDecisions();
            checkLeader();
        });
        leader.selectedProperty().addListener((obs, old, c) -> checkLeader());
        valid = Bindings.createBooleanBinding(() -> name.problemProperty().get() == null
                        && formedOn.problemProperty().get() == null && committee.selectedProperty().get() != null
                        && leader.selectedProperty().get() != null && decisionMessage.get() == null,
                name.problemProperty(), formedOn.problemProperty(), committee.selectedProperty(),
                leader.selectedProperty(), decisionMessage);
    }

    private LocalDate day(String t) {
        return DayText.parse(t, today);
    }

    /** A new group, formed today unless said otherwise; {@code ready} runs once the committees are in. */
    public void startNew(Long committeeId, Runnable ready) {
        editingId = null;
        formedOn.load(Formats.date(today));
        loadCommittees(committeeId, ready);
    }

    /** An existing group, to correct. */
    public void startEdit(Long id, Runnable ready) {
        editingId = id;
        background.run(() -> groups.draft(id), d -> {
            decisionId = d.decisionId();
            decision.select(d.decisionId());
            name.load(d.name());
            formedOn.load(Formats.date(d.formedOn()));
            leader.select(d.leaderId());
            members.select(d.memberIds());
            communes.select(d.unitIds());
            loadCommittees(d.committeeUnitId(), ready);
        }, e -> {
            error.set(checks.describe(e));
            ready.run();
        });
    }

    private void loadCommittees(Long committeeId, Runnable ready) {
        LocalDate d = dayOrToday();
        background.run(() -> groups.committees(d), list -> {
            committee.setChoices(choices(list));
            committee.select(committeeId);
            ready.run();
        }, e -> {
            error.set(checks.describe(e));
            ready.run();
        });
    }

    private LocalDate dayOrToday() {
        LocalDate d = day(formedOn.textProperty().get());
        return d == null ? today : d;
    }

    private void dayChanged() {
        LocalDate d = day(formedOn.textProperty().get());
        if (d == null || d.equals(peopleDay)) {
            return;
        }
        peopleDay = d;
        background.run(() -> activities.people(d), list -> {
            if (d.equals(peopleDay)) {
                leader.setChoices(choices(list));
                members.setChoices(choices(list));
                checkLeader();
            }
        }, e -> error.set(checks.describe(e)));
        communesOf = null;
        loadCommunes();
    }

    private void loadCommunes() {
        Choice c = committee.selectedProperty().get();
        if (c == null || c.id().equals(communesOf)) {
            return;
        }
        communesOf = c.id();
        LocalDate d = dayOrToday();
        background.run(() -> groups.communes(c.id(), d), list -> communes.setChoices(choices(list)),
                e -> error.set(checks.describe(e)));
    }

    /** The decisions of the committee picked, newest first: "107-QĐ/HU – 12/03/2023 – title". */
    private void loadDecisions() {
        Choice c = committee.selectedProperty().get();
        int ticket = ++decisionLoads;
        if (c == null) {
            decision.setChoices(List.of());
            return;
        }
        LocalDate d = dayOrToday();
        Long keep = decisionId;
        background.run(() -> decisions.issuedBy(c.id(), d, keep), list -> {
            if (ticket == decisionLoads) {
                decision.setChoices(list.stream().map(v -> new Choice(v.id(), decisionLabel(v))).toList());
            }
        }, e -> error.set(checks.describe(e)));
    }

    private static String decisionLabel(DecisionService.DecisionView v) {
        StringBuilder s = new StringBuilder(v.symbol());
        if (v.issuedOn() != null) {
            s.append(" – ").append(Formats.date(v.issuedOn()));
        }
        if (v.title() != null && !v.title().isBlank()) {
            s.append(" – ").append(v.title());
        }
        return s.toString();
    }

    private void checkLeader() {
        Choice l = leader.selectedProperty().get();
        Choice c = committee.selectedProperty().get();
        LocalDate d = day(formedOn.textProperty().get());
        if (l == null || c == null || d == null) {
            leaderWarning.set(null);
            return;
        }
        background.run(() -> groups.leaderIsStanding(l.id(), c.id(), d), standing ->
                leaderWarning.set(standing ? null : checks.text("activities.groups.leaderNotStanding", l.label(),
                        c.label(), Formats.date(d))), e -> error.set(checks.describe(e)));
    }

    private static List<Choice> choices(List<Option> options) {
        return options.stream().map(o -> new Choice(o.id(), o.label())).toList();
    }

    GroupDraft draft() {
        return new GroupDraft(name.value(), committee.selectedProperty().get().id(),
                day(formedOn.textProperty().get()), decisionId(), leader.selectedProperty().get().id(), members.ids(),
                communes.ids());
    }

    /** The decision picked; blank for none. */
    private Long decisionId() {
        if (decision.isBlank()) {
            return null;
        }
        Choice picked = decision.selectedProperty().get();
        return picked == null ? null : picked.id();
    }

    public void save(Runnable onSaved) {
        if (!valid.get() || busy.get()) {
            return;
        }
        GroupDraft d = draft();
        Long id = editingId;
        String what = checks.text(id == null ? "activities.groups.undo.form" : "activities.groups.undo.change",
                d.name());
        busy.set(true);
        error.set(null);
        background.run(() -> {
            if (id == null) {
                Long created = groups.create(d);
                return new Saved(created, Edits.formed(groups, created, d, what));
            }
            GroupDraft before = groups.update(id, d);
            return new Saved(id, Edits.regrouped(groups, id, before, d, what));
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

    public boolean isNew() {
        return editingId == null;
    }

    public FormField name() {
        return name;
    }

    public ChoiceModel committee() {
        return committee;
    }

    public ReadOnlyStringProperty committeeMessageProperty() {
        return committeeMessage.getReadOnlyProperty();
    }

    public FormField formedOn() {
        return formedOn;
    }

    /** The decision that formed the group, optional. */
    public ChoiceModel decision() {
        return decision;
    }

    public ReadOnlyStringProperty decisionMessageProperty() {
        return decisionMessage.getReadOnlyProperty();
    }

    public ChoiceModel leader() {
        return leader;
    }

    public ReadOnlyStringProperty leaderMessageProperty() {
        return leaderMessage.getReadOnlyProperty();
    }

    /** Why the leader is unusual (not BTV of the committee that day), or null; saving is allowed. */
    public ReadOnlyStringProperty leaderWarningProperty() {
        return leaderWarning.getReadOnlyProperty();
    }

    public ChipsModel members() {
        return members;
    }

    public ChipsModel communes() {
        return communes;
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

    public ReadOnlyObjectProperty<Long> lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }
}
