package org.diaban.ui.cadres;

import java.time.LocalDate;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.PositionSpec;
import org.diaban.i18n.I18n;
import org.diaban.service.cadres.CadreService;

/**
 * Makes the registry's undoable edits: each calls the service to do a change and its inverse to
 * take it back (add / deleteCreated, update / update with the old profile, retire / reinstate,
 * position added / removed / changed back).
 */
public final class CadreEdits {

    private final CadreService cadres;
    private final I18n i18n;
    private final IdAliases aliases = new IdAliases();

    public CadreEdits(CadreService cadres, I18n i18n) {
        this.cadres = cadres;
        this.i18n = i18n;
    }

    public CadreEdit add(CadreProfile profile, PositionSpec firstPosition) {
        return new Add(profile, firstPosition);
    }

    public CadreEdit update(Long cadreId, CadreProfile profile) {
        return new Update(cadreId, profile);
    }

    public CadreEdit retire(Long cadreId, String name, LocalDate day, String reason) {
        return new Retire(cadreId, name, day, reason);
    }

    public CadreEdit addPosition(Long cadreId, String name, PositionSpec spec) {
        return new AddPosition(cadreId, name, spec);
    }

    public CadreEdit changePosition(Long cadreId, String name, Long positionId, PositionSpec spec) {
        return new ChangePosition(cadreId, name, positionId, spec);
    }

    public CadreEdit removePosition(Long cadreId, String name, Long positionId) {
        return new RemovePosition(cadreId, name, positionId);
    }

    /** Fields are written on a worker thread and read on the next one: hence volatile. */
    private abstract class Base implements CadreEdit {
        final Long cadre;
        private final String description;
        volatile Long affected;

        Base(Long cadre, String descriptionKey, String name) {
            this.cadre = cadre;
            this.description = i18n.format(descriptionKey, name);
            this.affected = cadre;
        }

        Long cadreNow() {
            return aliases.cadre(cadre);
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public Long affected() {
            return affected;
        }
    }

    private final class Add extends Base {
        private final CadreProfile profile;
        private final PositionSpec firstPosition;
        private volatile Long original;

        Add(CadreProfile profile, PositionSpec firstPosition) {
            super(null, "cadres.edit.add", profile.fullName());
            this.profile = profile;
            this.firstPosition = firstPosition;
        }

        @Override
        public void execute() {
            original = cadres.create(profile, firstPosition);
            affected = original;
        }

        @Override
        public void undo() {
            cadres.deleteCreated(aliases.cadre(original));
            affected = null;
        }

        @Override
        public void redo() {
            Long before = aliases.cadre(original);
            Long now = cadres.create(profile, firstPosition);
            aliases.cadreBecame(before, now);
            affected = now;
        }
    }

    private final class Update extends Base {
        private final CadreProfile after;
        private volatile CadreProfile before;

        Update(Long cadre, CadreProfile after) {
            super(cadre, "cadres.edit.update", after.fullName());
            this.after = after;
        }

        @Override
        public void execute() {
            before = cadres.update(cadreNow(), after);
            affected = cadreNow();
        }

        @Override
        public void undo() {
            cadres.update(cadreNow(), before);
            affected = cadreNow();
        }

        @Override
        public void redo() {
            execute();
        }
    }

    private final class Retire extends Base {
        private final LocalDate day;
        private final String reason;
        private volatile CadreService.RetirementUndo undo;

        Retire(Long cadre, String name, LocalDate day, String reason) {
            super(cadre, "cadres.edit.retire", name);
            this.day = day;
            this.reason = reason;
        }

        @Override
        public void execute() {
            undo = cadres.retire(cadreNow(), day, reason);
            // the row leaves the registry unless retired cadres are shown: nothing to select
            affected = null;
        }

        @Override
        public void undo() {
            cadres.reinstate(undo);
            affected = cadreNow();
        }

        @Override
        public void redo() {
            execute();
        }
    }

    private final class AddPosition extends Base {
        private final PositionSpec spec;
        private volatile Long original;

        AddPosition(Long cadre, String name, PositionSpec spec) {
            super(cadre, "cadres.edit.addPosition", name);
            this.spec = spec;
        }

        @Override
        public void execute() {
            original = cadres.addPosition(cadreNow(), spec);
            affected = cadreNow();
        }

        @Override
        public void undo() {
            cadres.removePosition(cadreNow(), aliases.position(original));
            affected = cadreNow();
        }

        @Override
        public void redo() {
            Long before = aliases.position(original);
            aliases.positionBecame(before, cadres.addPosition(cadreNow(), spec));
            affected = cadreNow();
        }
    }

    private final class ChangePosition extends Base {
        private final Long position;
        private final PositionSpec after;
        private volatile PositionSpec before;

        ChangePosition(Long cadre, String name, Long position, PositionSpec after) {
            super(cadre, "cadres.edit.changePosition", name);
            this.position = position;
            this.after = after;
        }

        @Override
        public void execute() {
            before = cadres.changePosition(cadreNow(), aliases.position(position), after);
            affected = cadreNow();
        }

        @Override
        public void undo() {
            cadres.changePosition(cadreNow(), aliases.position(position), before);
            affected = cadreNow();
        }

        @Override
        public void redo() {
            execute();
        }
    }

    private final class RemovePosition extends Base {
        private final Long position;
        private volatile PositionSpec removed;

        RemovePosition(Long cadre, String name, Long position) {
            super(cadre, "cadres.edit.removePosition", name);
            this.position = position;
        }

        @Override
        public void execute() {
            removed = cadres.removePosition(cadreNow(), aliases.position(position));
            affected = cadreNow();
        }

        @Override
        public void undo() {
            Long before = aliases.position(position);
            aliases.positionBecame(before, cadres.addPosition(cadreNow(), removed));
            affected = cadreNow();
        }

        @Override
        public void redo() {
            execute();
        }
    }
}
