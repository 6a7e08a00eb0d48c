package org.diaban.ui.importing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.diaban.i18n.I18n;
import org.diaban.importing.legacy.records.DryRunReport;
import org.diaban.importing.legacy.records.Finding;
import org.diaban.ui.common.Columns;

/** A file's errors and warnings: sheet, row and column of each, what it is and why, errors first. */
final class FindingsTable {

    /** One error or warning in the table. */
    record FindingRow(boolean error, Finding finding) {
    }

    private final TableView<FindingRow> table = new TableView<>();

    FindingsTable(I18n i18n) {
        ImportTexts texts = new ImportTexts(i18n);
        table.setId("import-findings");
        table.setPlaceholder(new Label(i18n.get("legacy.review.noFindings")));
        table.getColumns().addAll(List.of(
                Columns.text(i18n.get("legacy.finding.level"), r -> i18n.get(r.error()
                        ? "legacy.finding.error" : "legacy.finding.warning"), 75),
                Columns.text(i18n.get("legacy.finding.sheet"), r -> r.finding().sheet(), 85),
                Columns.value(i18n.get("legacy.finding.row"), r -> r.finding().row() == null ? 0 : r.finding().row(),
                        n -> n == 0 ? "" : Integer.toString(n), 55),
                Columns.text(i18n.get("legacy.finding.column"), r -> r.finding().column(), 45),
                Columns.text(i18n.get("legacy.finding.code"), r -> texts.code(r.finding().code()), 160),
                Columns.text(i18n.get("legacy.finding.field"), r -> r.finding().field() == null ? ""
                        : texts.field(r.finding().field()), 115),
                Columns.text(i18n.get("legacy.finding.value"), r -> texts.value(r.finding().value()), 140),
                wrapping(Columns.text(i18n.get("legacy.finding.message"), r -> texts.message(r.finding()), 300))));
        // the explanation takes what is left, on several lines if need be; the short columns keep their headings
        table.getColumns().subList(0, 4).forEach(c -> c.setMinWidth(c.getPrefWidth()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add("import-findings");
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(FindingRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("finding-error", "finding-warning");
                if (!empty && item != null) {
                    getStyleClass().add(item.error() ? "finding-error" : "finding-warning");
                }
            }
        });
    }

    Node view() {
        return table;
    }

    void show(DryRunReport report) {
        List<FindingRow> rows = new ArrayList<>();
        report.errors().forEach(f -> rows.add(new FindingRow(true, f)));
        report.warnings().forEach(f -> rows.add(new FindingRow(false, f)));
        table.getItems().setAll(rows);
    }

    /** A text column whose cells wrap over several lines instead of cutting the text. */
    static <T> TableColumn<T, String> wrapping(TableColumn<T, String> column) {
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(c.widthProperty().subtract(12));
                text.getStyleClass().add("wrapping-cell-text");
                setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
        return column;
    }
}
