package org.diaban.ui.activities;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diaban.ui.common.form.Choice;
import org.diaban.ui.common.form.ChoiceModel;

/**
 * Several things picked by typing: a chooser with type-to-search, and the things picked so far,
 * in order. Picking one in the chooser adds it and empties the chooser for the next ({@link #takePicked}).
 */
public final class ChipsModel {

    private final ChoiceModel chooser = new ChoiceModel();
    private final ObservableList<Choice> chosen = FXCollections.observableArrayList();
    private List<Long> wanted = List.of();

    /**
     * Adds the thing the chooser names in full (just picked from its list) and empties the
     * chooser; false when the text does not name one. The field calls it after each change of its
     * text, once that change is done.
     */
    public boolean takePicked() {
        Choice c = chooser.selectedProperty().get();
        if (c == null || !c.label().equals(chooser.textProperty().get())) {
            return false;
        }
        add(c);
        chooser.textProperty().set("");
        return true;
    }

    public void add(Choice c) {
        if (chosen.stream().noneMatch(x -> x.id().equals(c.id()))) {
            chosen.add(c);
        }
    }

    public void removeLast() {
        if (!chosen.isEmpty()) {
            chosen.remove(chosen.size() - 1);
        }
    }

    public void remove(Choice c) {
        chosen.remove(c);
    }

    /** The things to pick from; those already picked keep their place, by id. */
    public void setChoices(List<Choice> choices) {
        chooser.setChoices(choices);
        if (!wanted.isEmpty()) {
            select(wanted);
        }
    }

    /** Picks these ids, in order, now or once the choices arrive. */
    public void select(List<Long> ids) {
        List<Choice> all = chooser.choices();
        if (all.isEmpty() && !ids.isEmpty()) {
            wanted = List.copyOf(ids);
            return;
        }
        wanted = List.of();
        chosen.clear();
        for (Long id : ids) {
            all.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(chosen::add);
        }
    }

    public List<Long> ids() {
        return chosen.stream().map(Choice::id).toList();
    }

    public ChoiceModel chooser() {
        return chooser;
    }

    public ObservableList<Choice> chosen() {
        return chosen;
    }
}
