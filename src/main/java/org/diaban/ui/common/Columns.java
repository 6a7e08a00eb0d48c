package org.diaban.ui.common;

import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Small factories for read-only table columns computed from the row object. */
public final class Columns {

    private Columns() {
    }

    public static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(nullToEmpty(value.apply(c.getValue()))));
        column.setPrefWidth(width);
        return column;
    }

    public static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width,
                                                  Comparator<String> order) {
        TableColumn<T, String> column = text(title, value, width);
        column.setComparator(order);
        return column;
    }

    public static <T, V extends Comparable<V>> TableColumn<T, V> value(String title, Function<T, V> value,
                                                                       Function<V, String> display, double width) {
        TableColumn<T, V> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(V item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : display.apply(item));
            }
        });
        column.setPrefWidth(width);
        return column;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
