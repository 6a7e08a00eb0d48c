package org.diaban.ui.hierarchy;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;

/**
 * Keeps a drop-down or list in step with a model's choices and chosen value. The controls clear
 * their value while their items are replaced; binding them directly would pass that passing null
 * back to the model, so the model's value is put back after each change instead.
 */
final class Choices {

    private Choices() {
    }

    static <T> void bind(ComboBox<T> combo, ObservableList<T> items, ObjectProperty<T> value) {
        boolean[] syncing = {false};
        Runnable pull = () -> {
            syncing[0] = true;
            try {
                combo.getItems().setAll(items);
                combo.setValue(value.get());
            } finally {
                syncing[0] = false;
            }
        };
        items.addListener((ListChangeListener<T>) c -> pull.run());
        value.addListener((obs, old, v) -> {
            if (!syncing[0]) {
                syncing[0] = true;
                try {
                    combo.setValue(v);
                } finally {
                    syncing[0] = false;
                }
            }
        });
        combo.valueProperty().addListener((obs, old, v) -> {
            if (!syncing[0]) {
                value.set(v);
            }
        });
        pull.run();
    }

    static <T> void bind(ListView<T> list, ObservableList<T> items, ObjectProperty<T> value) {
        boolean[] syncing = {false};
        Runnable pull = () -> {
            syncing[0] = true;
            try {
                list.getItems().setAll(items);
                if (value.get() == null) {
                    list.getSelectionModel().clearSelection();
                } else {
                    list.getSelectionModel().select(value.get());
                }
            } finally {
                syncing[0] = false;
            }
        };
        items.addListener((ListChangeListener<T>) c -> pull.run());
        value.addListener((obs, old, v) -> {
            if (!syncing[0]) {
                pull.run();
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, v) -> {
            if (!syncing[0] && v != null) {
                value.set(v);
            }
        });
        pull.run();
    }
}
