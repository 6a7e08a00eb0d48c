package org.diaban.ui.cadres;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.util.Callback;
import org.diaban.domain.people.Gender;
import org.diaban.domain.people.PositionKind;
import org.diaban.i18n.I18n;

/** How enums and reference rows read in the user's language. */
final class Names {

    private final I18n i18n;

    Names(I18n i18n) {
        this.i18n = i18n;
    }

    String kind(PositionKind kind) {
        return kind == null ? "" : i18n.get("cadres.kind." + kind.name());
    }

    String gender(Gender gender) {
        return gender == null ? i18n.get("cadres.gender.unknown") : i18n.get("cadres.gender." + gender.name());
    }

    /** Shows a combo box's items (and its empty value) through {@code name}. */
    static <T> void show(ComboBox<T> box, Function<T, String> name) {
        Callback<ListView<T>, ListCell<T>> cells = lv -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : name.apply(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
    }
}
