package org.diaban.ui.common.form;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.diaban.domain.text.VietnameseText;

/**
 * A field where the user picks one of many named things by typing the starts of its words,
 * diacritics ignored ("ho son" finds "Đảng ủy xã Hồ Sơn" and "Đảng ủy xã Hòa Sơn"). The text picks
 * a choice when it names it exactly, when it matches only that one, or when only that one has every
 * typed word in full.
 */
public final class ChoiceModel {

    private final ObservableList<Choice> all = FXCollections.observableArrayList();
    private final FilteredList<Choice> matches = new FilteredList<>(all, c -> true);
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Choice> selected = new ReadOnlyObjectWrapper<>();
    private Choice picked;
    private Long wanted;

    public ChoiceModel() {
        text.addListener((obs, old, now) -> resolve());
    }

    /** Replaces the choices, keeping the one picked if it is still there. */
    public void setChoices(List<Choice> choices) {
        Long keep = wanted != null ? wanted : selected.get() == null ? null : selected.get().id();
        String keptLabel = selected.get() == null ? null : selected.get().label();
        all.setAll(choices);
        Choice same = keep == null ? null : find(keep);
        if (same != null && (wanted != null || Objects.equals(text.get(), keptLabel))) {
            wanted = null;
            pick(same);
        } else {
            resolve();
        }
    }

    /** Picks a choice, as a click in the list does. */
    public void pick(Choice choice) {
        picked = choice;
        if (choice != null && choice.label().equals(text.get())) {
            resolve();
        } else {
            text.set(choice == null ? "" : choice.label());
        }
    }

    /** Picks the choice with this id now, or as soon as the choices arrive. */
    public void select(Long id) {
        Choice c = id == null ? null : find(id);
        if (c != null) {
            pick(c);
        } else if (id != null) {
            wanted = id;
        }
    }

    /** When the user leaves the field: a partial text that picked a choice is completed to its name. */
    public void complete() {
        Choice c = selected.get();
        if (c != null && !c.label().equals(text.get())) {
            pick(c);
        }
    }

    public boolean isBlank() {
        return text.get() == null || text.get().isBlank();
    }

    private Choice find(Long id) {
        return all.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private void resolve() {
        String folded = VietnameseText.fold(text.get());
        List<String> typed = words(folded);
        matches.setPredicate(c -> everyWord(typed, words(VietnameseText.fold(c.label())), false));
        Choice result = null;
        if (picked != null && picked.label().equals(text.get()) && all.contains(picked)) {
            result = picked;
        } else if (!folded.isEmpty()) {
            result = all.stream().filter(c -> VietnameseText.fold(c.label()).equals(folded)).findFirst()
                    .orElseGet(() -> single(typed));
        }
        selected.set(result);
    }

    /** The only match; or, among several, the only one whose words the user typed in full ("ho son", not "hoa son"). */
    private Choice single(List<String> typed) {
        if (matches.size() == 1) {
            return matches.get(0);
        }
        List<Choice> whole = matches.stream()
                .filter(c -> everyWord(typed, words(VietnameseText.fold(c.label())), true)).toList();
        return whole.size() == 1 ? whole.get(0) : null;
    }

    /**
     * The match the user most likely means when none is highlighted: the first that has every
     * typed word in full ("ho son" means Hồ Sơn before Hòa Sơn), else the first; null without matches.
     */
    public Choice best() {
        List<String> typed = words(VietnameseText.fold(text.get()));
        return matches.stream().filter(c -> everyWord(typed, words(VietnameseText.fold(c.label())), true)).findFirst()
                .orElse(matches.isEmpty() ? null : matches.get(0));
    }

    /** Whether each typed word begins (or, if {@code whole}, is) a word of the label. */
    public static boolean everyWord(List<String> typed, List<String> label, boolean whole) {
        for (String w : typed) {
            if (label.stream().noneMatch(l -> whole ? l.equals(w) : l.startsWith(w))) {
                return false;
            }
        }
        return true;
    }

    /** The words of a folded text (see {@link VietnameseText#fold}), split at anything not a letter or digit. */
    public static List<String> words(String folded) {
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyObjectProperty<Choice> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The choices the text matches, for the drop-down. */
    public ObservableList<Choice> matches() {
        return matches;
    }

    public List<Choice> choices() {
        return List.copyOf(all);
    }
}
