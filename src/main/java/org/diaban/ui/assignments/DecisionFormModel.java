package org.diaban.ui.assignments;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.diaban.domain.assignment.DecisionSymbol;
import org.diaban.i18n.Formats;
import org.diaban.service.assignment.DecisionService;
import org.diaban.service.assignment.DecisionService.DecisionDraft;
import org.diaban.ui.common.form.Background;
import org.diaban.ui.common.form.Checks;
import org.diaban.ui.common.form.Choice;
import org.diaban.ui.common.form.ChoiceModel;
import org.diaban.ui.common.form.FormField;

/**
 * Records an assignment decision: the issuing committee, the date, the number (proposed as the
 * next of that committee in the term, re-proposed when either changes), the title and the signer.
 */
public final class DecisionFormModel extends AssignmentForm {

    private final DecisionService decisions;
    private final AssignmentEdits edits;
    private final Background background;
    private final ChoiceModel issuer = new ChoiceModel();
    private final FormField issuedOn;
    private final FormField number;
    private final FormField title = new FormField(t -> null);
    private final FormField signer = new FormField(t -> null);
    private final ReadOnlyStringWrapper issuerProblem = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper symbol = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;
    private String committeeCode;

    DecisionFormModel(Checks checks, AssignmentRunner runner, AssignmentEdits edits, DecisionService decisions,
                      Background background, LocalDate day) {
        super(runner);
        this.decisions = decisions;
        this.edits = edits;
        this.background = background;
        this.issuedOn = new FormField(t -> t == null || t.isBlank() ? checks.text("assignments.form.dayRequired")
                : checks.dateProblem(t));
        this.number = new FormField(t -> t != null && t.strip().matches("\\d{1,5}") && Integer.parseInt(t.strip()) > 0
                ? null : checks.text("assignments.decision.badNumber"));
        issuedOn.load(Formats.date(day));
        issuer.selectedProperty().addListener((obs, o, n) -> {
            issuerProblem.set(issuer.isBlank() ? checks.text("assignments.error.noIssuer")
                    : checks.choiceProblem(issuer));
            propose();
        });
        issuer.textProperty().addListener((obs, o, n) -> issuerProblem.set(issuer.isBlank()
                ? checks.text("assignments.error.noIssuer") : checks.choiceProblem(issuer)));
        issuerProblem.set(checks.text("assignments.error.noIssuer"));
        issuedOn.problemProperty().addListener((obs, o, n) -> propose());
        number.textProperty().addListener((obs, o, n) -> showSymbol());
        valid = Bindings.createBooleanBinding(() -> issuerProblem.get() == null && issuedOn.problemProperty().get() == null
                && number.problemProperty().get() == null, issuerProblem, issuedOn.problemProperty(),
                number.problemProperty());
    }

    void loadIssuers(List<Choice> committees, Long preferred) {
        issuer.setChoices(committees);
        issuer.select(preferred);
    }

    /** Asks for the next number of the chosen committee in the term of the chosen day. */
    private void propose() {
        Choice who = issuer.selectedProperty().get();
        LocalDate day = Checks.date(issuedOn.value());
        if (who == null || day == null) {
            return;
        }
        background.run(() -> decisions.proposeNumber(who.id(), day), proposal -> {
            committeeCode = proposal.committeeCode();
            number.load(String.valueOf(proposal.number()));
            showSymbol();
        }, e -> symbol.set(""));
    }

    private void showSymbol() {
        symbol.set(committeeCode == null || number.problemProperty().get() != null ? ""
                : new DecisionSymbol(Integer.parseInt(number.value()), DecisionService.DECISION_TYPE, committeeCode)
                        .format());
    }

    public void save(Runnable onSaved) {
        Choice who = issuer.selectedProperty().get();
        LocalDate day = Checks.date(issuedOn.value());
        if (who == null || day == null || !valid.get()) {
            return;
        }
        submit(edits.decision(new DecisionDraft(who.id(), day, Integer.parseInt(number.value()), null, title.value(),
                signer.value()), symbol.get()), onSaved);
    }

    public ChoiceModel issuer() {
        return issuer;
    }

    public FormField issuedOn() {
        return issuedOn;
    }

    public FormField number() {
        return number;
    }

    public FormField title() {
        return title;
    }

    public FormField signer() {
        return signer;
    }

    public ReadOnlyStringProperty issuerProblemProperty() {
        return issuerProblem.getReadOnlyProperty();
    }

    /** The symbol the number makes, "107-QĐ/HU"; empty until known. */
    public ReadOnlyStringProperty symbolProperty() {
        return symbol.getReadOnlyProperty();
    }

    @Override
    public BooleanBinding validProperty() {
        return valid;
    }
}
