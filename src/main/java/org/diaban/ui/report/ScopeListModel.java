package org.diaban.ui.report;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.diaban.domain.report.ReportPeriod;
import org.diaban.domain.text.VietnameseText;
import org.diaban.service.report.ScopeChoice;
import org.diaban.ui.common.form.Background;
import org.diaban.ui.common.form.ChoiceModel;

/**
 * The units a report can cover in the chosen period, reloaded when the period changes (the tree
 * of 2025-Q2 has districts, that of 2025-Q4 does not). The chosen unit is kept when it still
 * exists; otherwise, and at first, the top of the tree is chosen.
 */
public final class ScopeListModel {

    private final ReportMaking making;
    private final Background background;
    private final Consumer<Throwable> onError;
    private final ObservableList<ScopeChoice> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<ScopeChoice> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private String wantedKey;
    private long generation;

    public ScopeListModel(ReportMaking making, Background background, String wantedKey, Consumer<Throwable> onError) {
        this.making = making;
        this.background = background;
        this.wantedKey = wantedKey;
        this.onError = onError;
    }

    /** Reads the units of the period; a null period leaves the list as it is. */
    public void load(ReportPeriod period) {
        if (period == null) {
            return;
        }
        long mine = ++generation;
        loading.set(true);
        background.run(() -> making.scopes(period), list -> {
            if (mine == generation) {
                // the choice first: who waits for the end of loading finds it made
                show(list);
                loading.set(false);
            }
        }, e -> {
            if (mine == generation) {
                loading.set(false);
                onError.accept(e);
            }
        });
    }

    private void show(List<ScopeChoice> list) {
        String keep = wantedKey != null ? wantedKey : selected.get() == null ? null : selected.get().key();
        scopes.setAll(list);
        ScopeChoice same = list.stream().filter(s -> s.key().equals(keep)).findFirst().orElse(null);
        selected.set(same != null ? same : list.isEmpty() ? null : list.get(0));
        wantedKey = null;
    }

    /**
     * The first unit whose name has words starting with each typed word, diacritics and case
     * ignored ("huu l" and "Hữu Lũng" both find "Huyện Hữu Lũng"); null when none.
     */
    public static ScopeChoice find(List<ScopeChoice> choices, String typed) {
        List<String> words = foldedWords(typed);
        if (words.isEmpty()) {
            return null;
        }
        return choices.stream()
                .filter(c -> ChoiceModel.everyWord(words, foldedWords(c.name()), false))
                .findFirst().orElse(null);
    }

    private static List<String> foldedWords(String text) {
        return ChoiceModel.words(VietnameseText.fold(text == null ? "" : text));
    }

    public ObservableList<ScopeChoice> scopes() {
        return scopes;
    }

    /** The unit chosen; null only while there are none. */
    public ObjectProperty<ScopeChoice> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
