package org.diaban.ui.concerns;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diaban.service.concerns.ConcernService;
import org.diaban.service.concerns.TopicInfo;
import org.diaban.ui.cadres.EditRunner;
import org.diaban.ui.common.form.Background;

/**
 * The topics editor: add, rename (Vietnamese and English), move up and down, deactivate and
 * activate again. A topic in use is never deleted. Each change is undoable like any other edit.
 */
public final class TopicsViewModel {

    private final ConcernService concerns;
    private final Background background;
    private final EditRunner runner;
    private final ConcernEdits edits;
    private final ObservableList<TopicInfo> topics = FXCollections.observableArrayList();
    private final ObjectProperty<TopicInfo> selected = new SimpleObjectProperty<>();
    private final StringProperty nameVi = new SimpleStringProperty("");
    private final StringProperty nameEn = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    public TopicsViewModel(ConcernService concerns, Background background, EditRunner runner,
                           ConcernEdits edits) {
        this.concerns = concerns;
        this.background = background;
        this.runner = runner;
        this.edits = edits;
        selected.addListener((obs, old, t) -> {
            nameVi.set(t == null ? "" : t.nameVi());
            nameEn.set(t == null ? "" : t.nameEn());
        });
    }

    public void reload() {
        Long keep = selected.get() == null ? null : selected.get().id();
        background.run(concerns::topics, list -> {
            topics.setAll(list);
            selected.set(list.stream().filter(t -> t.id().equals(keep)).findFirst().orElse(null));
        }, e -> error.set(e.getMessage()));
    }

    /** Adds a topic with the names typed. */
    public void add() {
        if (!nameVi.get().isBlank()) {
            run(edits.addTopic(nameVi.get().strip(), nameEn.get().strip()));
        }
    }

    /** Gives the selected topic the names typed. */
    public void rename() {
        TopicInfo t = selected.get();
        if (t != null && !nameVi.get().isBlank()) {
            run(edits.renameTopic(t.id(), nameVi.get().strip(), nameEn.get().strip()));
        }
    }

    public void move(int step) {
        TopicInfo t = selected.get();
        int i = topics.indexOf(t);
        if (t != null && i + step >= 0 && i + step < topics.size()) {
            run(edits.moveTopic(t.id(), t.nameVi(), step));
        }
    }

    public void toggleActive() {
        TopicInfo t = selected.get();
        if (t != null) {
            run(edits.setTopicActive(t.id(), t.nameVi(), !t.active()));
        }
    }

    private void run(ConcernEdit edit) {
        error.set(null);
        runner.run(edit, this::reload, error::set);
    }

    public ObservableList<TopicInfo> topics() {
        return topics;
    }

    public ObjectProperty<TopicInfo> selectedProperty() {
        return selected;
    }

    public StringProperty nameViProperty() {
        return nameVi;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
