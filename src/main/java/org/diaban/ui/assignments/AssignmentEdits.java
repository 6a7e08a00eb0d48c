package org.diaban.ui.assignments;

import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.assignment.CoverageRules;
import org.diaban.i18n.I18n;
import org.diaban.service.assignment.AssignmentService;
import org.diaban.service.assignment.AssignmentService.EndUndo;
import org.diaban.service.assignment.AssignmentService.Handover;
import org.diaban.service.assignment.AssignmentService.NewAssignments;
import org.diaban.service.assignment.CoverageService;
import org.diaban.service.assignment.DecisionService;

/**
 * The undoable assignment edits: each calls the service and its inverse (assign / delete the new
 * rows, end / reopen, transfer or replace / undo the handover, cancel / restore, rules / old rules).
 * Fields are written on one worker thread and read on the next: hence volatile.
 */
final class AssignmentEdits {

    private final AssignmentService assignments;
    private final CoverageService coverage;
    private final DecisionService decisions;
    private final I18n i18n;

    AssignmentEdits(AssignmentService assignments, CoverageService coverage, DecisionService decisions, I18n i18n) {
        this.assignments = assignments;
        this.coverage = coverage;
        this.decisions = decisions;
        this.i18n = i18n;
    }

    private abstract static class Base implements AssignmentEdit {
        private final String description;

        Base(String description) {
            this.description = description;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public void redo() {
            execute();
        }
    }

    AssignmentEdit assign(NewAssignments request, String cadreName) {
        return new Base(i18n.format("assignments.edit.assign", cadreName)) {
            private volatile List<Long> ids;

            @Override
            public void execute() {
                ids = assignments.assign(request);
            }

            @Override
            public void undo() {
                assignments.deleteCreated(ids);
            }
        };
    }

    AssignmentEdit end(Long id, String cadreName, LocalDate lastDay, String reason) {
        return new Base(i18n.format("assignments.edit.end", cadreName)) {
            private volatile EndUndo before;

            @Override
            public void execute() {
                before = assignments.end(id, lastDay, reason);
            }

            @Override
            public void undo() {
                assignments.reopen(before);
            }
        };
    }

    AssignmentEdit transfer(Long id, String cadreName, Long toUnit, LocalDate lastDay, String reason) {
        return handover(i18n.format("assignments.edit.transfer", cadreName),
                () -> assignments.transfer(id, toUnit, lastDay, reason));
    }

    AssignmentEdit replace(Long id, String cadreName, Long newCadre, LocalDate lastDay, String reason) {
        return handover(i18n.format("assignments.edit.replace", cadreName),
                () -> assignments.replace(id, newCadre, lastDay, reason, null));
    }

    private AssignmentEdit handover(String description, java.util.function.Supplier<Handover> doIt) {
        return new Base(description) {
            private volatile Handover done;

            @Override
            public void execute() {
                done = doIt.get();
            }

            @Override
            public void undo() {
                assignments.undoHandover(done);
            }
        };
    }

    AssignmentEdit cancel(Long id, String cadreName, LocalDate day, String reason) {
        return new Base(i18n.format("assignments.edit.cancel", cadreName)) {
            @Override
            public void execute() {
                assignments.cancel(id, day, reason);
            }

            @Override
            public void undo() {
                assignments.restore(id);
            }
        };
    }

    AssignmentEdit restore(Long id, String cadreName, LocalDate cancelledOn, String reason) {
        return new Base(i18n.format("assignments.edit.restore", cadreName)) {
            @Override
            public void execute() {
                assignments.restore(id);
            }

            @Override
            public void undo() {
                assignments.cancel(id, cancelledOn, reason);
            }
        };
    }

    AssignmentEdit decision(DecisionService.DecisionDraft draft, String symbol) {
        return new Base(i18n.format("assignments.edit.decision", symbol)) {
            private volatile Long id;

            @Override
            public void execute() {
                id = decisions.record(draft);
            }

            @Override
            public void undo() {
                decisions.deleteRecorded(id);
            }
        };
    }

    AssignmentEdit rules(CoverageRules rules) {
        return new Base(i18n.get("assignments.edit.rules")) {
            private volatile CoverageRules before;

            @Override
            public void execute() {
                before = coverage.setRules(rules);
            }

            @Override
            public void undo() {
                coverage.setRules(before);
            }
        };
    }
}
