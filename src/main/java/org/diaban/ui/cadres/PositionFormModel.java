package org.diaban.ui.cadres;

import org.diaban.ui.common.form.FormField;
import org.diaban.ui.common.form.ChoiceModel;
import org.diaban.ui.common.form.Choice;
import org.diaban.ui.common.form.Checks;
import org.diaban.ui.common.form.Background;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diaban.domain.people.CommitteeTerm;
import org.diaban.domain.people.PositionKind;
import org.diaban.domain.people.PositionSpec;
import org.diaban.i18n.Formats;
import org.diaban.service.cadres.PositionView;

/**
 * The fields of a position: kind, committee, term, title as written, from and to. The committees
 * offered are those that exist on the start date (or today without one); the term follows the
 * start date until the user picks one.
 */
public final class PositionFormModel {

    private final Checks checks;
    private final Lookups lookups;
    private final Background background;
    private final LocalDate today;

    private final ObjectProperty<PositionKind> kind = new SimpleObjectProperty<>();
    private final ChoiceModel committee = new ChoiceModel();
    private final ObjectProperty<CommitteeTerm> term = new SimpleObjectProperty<>();
    private final ObservableList<CommitteeTerm> terms = FXCollections.observableArrayList();
    private final FormField title;
    private final FormField from;
    private final FormField to;
    private final ReadOnlyStringWrapper kindMessage = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper committeeProblem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper committeeMessage = new ReadOnlyStringWrapper();
    private final BooleanBinding valid;
    private boolean kindTouched;
    private boolean committeeTouched;
    private boolean termChosen;
    private boolean settingTerm;
    private LocalDate listedFor;
    private long generation;

    PositionFormModel(Checks checks, Lookups lookups, Background background, LocalDate today) {
        this.checks = checks;
        this.lookups = lookups;
        this.background = background;
        this.today = today;
        this.title = new FormField(t -> checks.problem(() -> PositionSpec.checkTitle(t)));
        this.from = new FormField(checks::dateProblem);
        this.to = new FormField(this::toProblem);
        kind.addListener((obs, old, now) -> {
            kindTouched = true;
            checkKind();
        });
        committee.textProperty().addListener((obs, old, now) -> {
            committeeTouched = true;
            checkCommittee();
        });
        committee.selectedProperty().addListener((obs, old, now) -> checkCommittee());
        committee.matches().addListener((javafx.collections.ListChangeListener<Choice>) c -> checkCommittee());
        term.addListener((obs, old, now) -> {
            if (!settingTerm) {
                termChosen = true;
            }
        });
        from.textProperty().addListener((obs, old, now) -> {
            to.revalidate();
            dayChanged();
        });
        valid = Bindings.createBooleanBinding(() -> kind.get() != null && committeeProblem.get() == null
                        && title.problemProperty().get() == null && from.problemProperty().get() == null
                        && to.problemProperty().get() == null,
                kind, committeeProblem, title.problemProperty(), from.problemProperty(), to.problemProperty());
        checkKind();
        checkCommittee();
    }

    /** Loads the terms and the committees; call once the form is shown. */
    public void start() {
        background.run(lookups::terms, list -> {
            settingTerm = true;
            CommitteeTerm keep = term.get();
            terms.setAll(list);
            term.set(keep == null ? null : list.stream().filter(t -> t.id().equals(keep.id())).findFirst()
                    .orElse(null));
            settingTerm = false;
            if (!termChosen) {
                defaultTerm();
            }
        }, error -> committeeProblem.set(checks.describe(error)));
        listCommittees(listDay());
    }

    /** Fills the form with a position to change. */
    public void load(PositionView p) {
        kind.set(p.kind());
        committee.textProperty().set(p.committeeName());
        committee.select(p.committeeUnitId());
        settingTerm = true;
        term.set(p.termId() == null ? null : new CommitteeTerm(p.termId(), p.termCode(), null, null));
        settingTerm = false;
        termChosen = true;
        title.load(p.title());
        from.load(Formats.date(p.range().from()));
        to.load(Formats.date(p.range().to()));
        kindTouched = false;
        committeeTouched = false;
        checkKind();
        checkCommittee();
    }

    /** The position as entered; call only while {@link #validProperty()} holds. */
    public PositionSpec spec() {
        Choice c = committee.selectedProperty().get();
        CommitteeTerm t = term.get();
        return new PositionSpec(kind.get(), c == null ? null : c.id(), t == null ? null : t.id(), title.value(),
                PositionSpec.period(Checks.date(from.textProperty().get()), Checks.date(to.textProperty().get())));
    }

    private String toProblem(String text) {
        String format = checks.dateProblem(text);
        if (format != null) {
            return format;
        }
        LocalDate start = Checks.date(from.textProperty().get());
        LocalDate end = Checks.date(text);
        return checks.problem(() -> PositionSpec.period(start, end));
    }

    private void checkKind() {
        kindMessage.set(kind.get() == null && kindTouched
                ? checks.text("position.error.kindRequired") : null);
    }

    private void checkCommittee() {
        String p = committee.isBlank() ? checks.text("position.error.committeeRequired")
                : checks.choiceProblem(committee);
        committeeProblem.set(p);
        committeeMessage.set(committeeTouched || !committee.isBlank() ? p : null);
    }

    private LocalDate listDay() {
        LocalDate start = Checks.date(from.textProperty().get());
        return start != null ? start : today;
    }

    private void dayChanged() {
        LocalDate day = listDay();
        if (!day.equals(listedFor)) {
            listCommittees(day);
        }
        if (!termChosen) {
            defaultTerm();
        }
    }

    private void listCommittees(LocalDate day) {
        long mine = ++generation;
        listedFor = day;
        background.run(() -> lookups.committees(day), list -> {
            if (mine == generation) {
                committee.setChoices(list);
                checkCommittee();
            }
        }, error -> committeeProblem.set(checks.describe(error)));
    }

    /** The term in force on the start date: the latest one begun by then. */
    private void defaultTerm() {
        LocalDate day = listDay();
        CommitteeTerm current = terms.stream().filter(t -> t.range().contains(day))
                .max(Comparator.comparing(t -> t.range().from(), Comparator.nullsFirst(Comparator.naturalOrder())))
                .orElse(null);
        if (!Objects.equals(current, term.get())) {
            settingTerm = true;
            term.set(current);
            settingTerm = false;
        }
    }

    public ObjectProperty<PositionKind> kindProperty() {
        return kind;
    }

    public ChoiceModel committee() {
        return committee;
    }

    public ObjectProperty<CommitteeTerm> termProperty() {
        return term;
    }

    public ObservableList<CommitteeTerm> terms() {
        return terms;
    }

    public FormField title() {
        return title;
    }

    public FormField from() {
        return from;
    }

    public FormField to() {
        return to;
    }

    public ReadOnlyStringProperty kindMessageProperty() {
        return kindMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty committeeMessageProperty() {
        return committeeMessage.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    static List<PositionKind> kinds() {
        return List.of(PositionKind.values());
    }
}
