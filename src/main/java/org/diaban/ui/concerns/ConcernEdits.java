package org.diaban.ui.concerns;

import java.time.LocalDate;
import org.diaban.domain.activity.ConcernStatus;
import org.diaban.i18n.I18n;
import org.diaban.service.concerns.ConcernDraft;
import org.diaban.service.concerns.ConcernService;

/**
 * Makes the workspace's undoable edits, each a service call and its inverse: raise / withdraw,
 * correct / correct back, status change or handover / take back the last step, withdraw / restore,
 * and the topic edits.
 */
public final class ConcernEdits {

    private final ConcernService concerns;
    private final I18n i18n;

    public ConcernEdits(ConcernService concerns, I18n i18n) {
        this.concerns = concerns;
        this.i18n = i18n;
    }

    /** An edit from three steps; {@code undo} may use what {@code execute} returned. */
    private final class Simple implements ConcernEdit {
        private final String description;
        private final Runnable doIt;
        private final Runnable undoIt;
        private final Runnable redoIt;
        volatile Long affected;

        Simple(String description, Long affected, Runnable doIt, Runnable undoIt, Runnable redoIt) {
            this.description = description;
            this.affected = affected;
            this.doIt = doIt;
            this.undoIt = undoIt;
            this.redoIt = redoIt;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public void execute() {
            doIt.run();
        }

        @Override
        public void undo() {
            undoIt.run();
        }

        @Override
        public void redo() {
            redoIt.run();
        }

        @Override
        public Long affected() {
            return affected;
        }
    }

    private static String brief(String content) {
        String one = content == null ? "" : content.strip().replaceAll("\\s+", " ");
        return one.length() <= 40 ? one : one.substring(0, 39) + "…";
    }

    /** Raising is taken back by withdrawing the new concern (nothing is deleted) and redone by restoring it. */
    public ConcernEdit raise(ConcernDraft draft) {
        Simple[] self = new Simple[1];
        self[0] = new Simple(i18n.format("concerns.edit.raise", brief(draft.content())), null,
                () -> self[0].affected = concerns.raise(draft),
                () -> concerns.withdraw(self[0].affected),
                () -> concerns.restore(self[0].affected));
        return self[0];
    }

    public ConcernEdit update(Long id, ConcernDraft draft) {
        ConcernDraft[] before = new ConcernDraft[1];
        return new Simple(i18n.format("concerns.edit.update", brief(draft.content())), id,
                () -> before[0] = concerns.update(id, draft),
                () -> concerns.update(id, before[0]),
                () -> concerns.update(id, draft));
    }

    public ConcernEdit changeStatus(Long id, String content, ConcernStatus target, LocalDate day, String note) {
        return changeStatus(id, content, target, day, note, null);
    }

    /** A new status and, if {@code newBody} is given (escalated), the handover to it, as one edit. */
    public ConcernEdit changeStatus(Long id, String content, ConcernStatus target, LocalDate day, String note,
                                    String newBody) {
        int[] steps = {1};
        Runnable move = () -> steps[0] = concerns.changeStatus(id, target, day, note, newBody);
        return new Simple(i18n.format("concerns.edit.status", brief(content), i18n.get("concerns.status." + target)),
                id, move, () -> concerns.takeBackLastChanges(id, steps[0], target, day), move);
    }

    public ConcernEdit handOver(Long id, String content, ConcernStatus current, String body, LocalDate day,
                                String note) {
        Runnable hand = () -> concerns.handOver(id, body, day, note);
        return new Simple(i18n.format("concerns.edit.handOver", brief(content), body), id, hand,
                () -> concerns.takeBackLastChange(id, current, day), hand);
    }

    public ConcernEdit withdraw(Long id, String content) {
        return new Simple(i18n.format("concerns.edit.withdraw", brief(content)), id,
                () -> concerns.withdraw(id), () -> concerns.restore(id), () -> concerns.withdraw(id));
    }

    public ConcernEdit addTopic(String nameVi, String nameEn) {
        Long[] id = new Long[1];
        return new Simple(i18n.format("concerns.edit.addTopic", nameVi), null,
                () -> id[0] = concerns.addTopic(nameVi, nameEn),
                () -> concerns.deleteTopic(id[0]),
                () -> id[0] = concerns.addTopic(nameVi, nameEn));
    }

    public ConcernEdit renameTopic(Long id, String nameVi, String nameEn) {
        String[][] before = new String[1][];
        return new Simple(i18n.format("concerns.edit.renameTopic", nameVi), null,
                () -> before[0] = concerns.renameTopic(id, nameVi, nameEn),
                () -> concerns.renameTopic(id, before[0][0], before[0][1]),
                () -> concerns.renameTopic(id, nameVi, nameEn));
    }

    public ConcernEdit moveTopic(Long id, String name, int step) {
        return new Simple(i18n.format("concerns.edit.moveTopic", name), null,
                () -> concerns.moveTopic(id, step), () -> concerns.moveTopic(id, -step),
                () -> concerns.moveTopic(id, step));
    }

    public ConcernEdit setTopicActive(Long id, String name, boolean active) {
        return new Simple(i18n.format(active ? "concerns.edit.activateTopic" : "concerns.edit.deactivateTopic", name),
                null, () -> concerns.setTopicActive(id, active), () -> concerns.setTopicActive(id, !active),
                () -> concerns.setTopicActive(id, active));
    }
}
