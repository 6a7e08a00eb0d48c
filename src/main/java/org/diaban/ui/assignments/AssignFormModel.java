package org.diaban.ui.assignments;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.i18n.Formats;
import org.diaban.service.assignment.AssignmentService.NewAssignments;
import org.diaban.ui.common.form.Checks;
import org.diaban.ui.common.form.Choice;
import org.diaban.ui.common.form.ChoiceModel;
import org.diaban.ui.common.form.FormField;

/**
 * The assign form: one cadre to one or more places (units or households), in a role, from a day,
 * under a decision or none. Prefilled by a drop on the tree or by the village picker.
 */
public final class AssignFormModel extends AssignmentForm {

    private final AssignmentEdits edits;
    private final ChoiceModel cadre = new ChoiceModel();
    private final ChoiceModel decision = new ChoiceModel();
    private final List<Choice> places;
    private final boolean households;
    private final ObjectProperty<AssignmentRole> role = new SimpleObjectProperty<>(AssignmentRole.IN_CHARGE);
    private final FormField start;
    private final ReadOnlyStringWrapper cadreProblem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper decisionProblem = new ReadOnlyStringWrapper();
    private final BooleanBinding valid;

    /**
     * @param places     the units (or households when {@code households}) to assign, with their names
     * @param households whether the places are households
     */
    AssignFormModel(Checks checks, AssignmentRunner runner, AssignmentEdits edits, List<Choice> places,
                    boolean households, LocalDate startDay) {
        super(runner);
        this.edits = edits;
        this.places = List.copyOf(places);
        this.households = households;
        this.start = new FormField(t -> t == null || t.isBlank() ? checks.text("assignments.form.startRequired")
                : checks.dateProblem(t));
        start.load(Formats.date(startDay));
        cadreProblem.bind(checks.choiceProblemOf(cadre));
        decisionProblem.bind(checks.choiceProblemOf(decision));
        valid = Bindings.createBooleanBinding(() -> cadre.selectedProperty().get() != null
                        && start.problemProperty().get() == null && decisionProblem.get() == null
                        && role.get() != null && !this.places.isEmpty(),
                cadre.selectedProperty(), start.problemProperty(), decisionProblem, role);
    }

    /** Fills the cadre and decision lists; picks the given ones (either may be null). */
    void load(List<Choice> cadres, Long cadreId, List<Choice> decisions, Long decisionId) {
        cadre.setChoices(cadres);
        cadre.select(cadreId);
        decision.setChoices(decisions);
        decision.select(decisionId);
    }

    public void save(Runnable onSaved) {
        LocalDate day = Checks.date(start.value());
        Choice who = cadre.selectedProperty().get();
        if (day == null || who == null) {
            return;
        }
        Choice under = decision.selectedProperty().get();
        List<Long> ids = places.stream().map(Choice::id).toList();
        NewAssignments request = new NewAssignments(who.id(), households ? List.of() : ids,
                households ? ids : List.of(), role.get(), day, under == null ? null : under.id());
        submit(edits.assign(request, who.label()), onSaved);
    }

    public ChoiceModel cadre() {
        return cadre;
    }

    public ChoiceModel decision() {
        return decision;
    }

    public List<Choice> places() {
        return places;
    }

    public ObjectProperty<AssignmentRole> roleProperty() {
        return role;
    }

    public FormField start() {
        return start;
    }

    public ReadOnlyStringProperty cadreProblemProperty() {
        return cadreProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty decisionProblemProperty() {
        return decisionProblem.getReadOnlyProperty();
    }

    @Override
    public BooleanBinding validProperty() {
        return valid;
    }

}
