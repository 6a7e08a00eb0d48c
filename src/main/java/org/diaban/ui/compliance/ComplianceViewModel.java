package org.diaban.ui.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diaban.domain.compliance.NormPolicy;
import org.diaban.i18n.ErrorMessages;
import org.diaban.service.compliance.ComplianceReport;
import org.diaban.service.compliance.ComplianceReport.Committee;
import org.diaban.service.compliance.ComplianceRow;
import org.diaban.service.compliance.ComplianceService;
import org.diaban.ui.common.UndoableEdit;
import org.diaban.ui.common.form.Background;

/**
 * The Regulation 1764 list of a year: computed in the background for the whole province, then
 * narrowed to one committee in memory. The policy can be switched (an undoable edit).
 */
public final class ComplianceViewModel {

    private final ComplianceService compliance;
    private final Background background;
    private final ErrorMessages errors;
    private final Consumer<UndoableEdit> undoLog;
    private final Function<NormPolicy, String> policyName;

    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    /** The committee shown; null for all. */
    private final ObjectProperty<Committee> committee = new SimpleObjectProperty<>();
    private final ObservableList<Committee> committees = FXCollections.observableArrayList();
    private final ObservableList<ComplianceRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ComplianceReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private ComplianceReport whole;
    private long generation;

    /**
     * @param undoLog    where a policy change goes once done (the window's undo stack)
     * @param policyName how a policy is named in the edit menu
     */
    public ComplianceViewModel(ComplianceService compliance, Background background, ErrorMessages errors,
                               int currentYear, Consumer<UndoableEdit> undoLog, Function<NormPolicy, String> policyName) {
        this.compliance = compliance;
        this.background = background;
        this.errors = errors;
        this.undoLog = undoLog;
        this.policyName = policyName;
        year.set(currentYear);
        year.addListener((obs, old, y) -> reload());
        committee.addListener((obs, old, c) -> applyCommittee());
    }

    /** Computes the year's list again (after a change of data, of settings or of the year). */
    public void reload() {
        Integer y = year.get();
        if (y == null) {
            return;
        }
        long mine = ++generation;
        loading.set(true);
        background.run(() -> compliance.report(y), r -> {
            if (mine != generation) {
                return;
            }
            whole = r;
            Committee kept = committee.get();
            List<Committee> list = new ArrayList<>();
            list.add(null);
            list.addAll(r.committees());
            committees.setAll(list);
            Committee again = kept == null ? null
                    : r.committees().stream().filter(c -> c.unitId().equals(kept.unitId())).findFirst().orElse(null);
            if (again != kept) {
                committee.set(again);
            }
            applyCommittee();
            loading.set(false);
            error.set(null);
        }, e -> {
            if (mine == generation) {
                loading.set(false);
                error.set(errors.describe(e));
            }
        });
    }

    private void applyCommittee() {
        if (whole == null) {
            return;
        }
        Committee c = committee.get();
        ComplianceReport shown = whole.forCommittee(c == null ? null : c.unitId());
        rows.setAll(shown.rows());
        report.set(shown);
    }

    /** Switches to the other policy; undoable. */
    public void togglePolicy() {
        ComplianceReport r = report.get();
        NormPolicy now = r == null ? NormPolicy.EACH_COMMITTEE : r.policy();
        changePolicy(now == NormPolicy.EACH_COMMITTEE ? NormPolicy.STRICTEST : NormPolicy.EACH_COMMITTEE);
    }

    public void changePolicy(NormPolicy policy) {
        background.run(() -> compliance.setPolicy(policy), previous -> {
            if (previous != policy) {
                undoLog.accept(new PolicyEdit(previous, policy));
            }
            reload();
        }, e -> error.set(errors.describe(e)));
    }

    /** The policy setting changed from one value to another. */
    private final class PolicyEdit implements UndoableEdit {

        private final NormPolicy before;
        private final NormPolicy after;

        PolicyEdit(NormPolicy before, NormPolicy after) {
            this.before = before;
            this.after = after;
        }

        @Override
        public String description() {
            return policyName.apply(after);
        }

        @Override
        public void undo() {
            compliance.setPolicy(before);
        }

        @Override
        public void redo() {
            compliance.setPolicy(after);
        }
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Committee> committeeProperty() {
        return committee;
    }

    /** The committees that had members in the year, with null (all) first. */
    public ObservableList<Committee> committees() {
        return committees;
    }

    /** The rows shown, most in need first. */
    public ObservableList<ComplianceRow> rows() {
        return rows;
    }

    /** The report behind the rows shown (for the summary and the policy line); null before the first load. */
    public ReadOnlyObjectProperty<ComplianceReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
