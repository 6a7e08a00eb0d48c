package org.diaban.ui.report;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.diaban.reporting.workbook.CellKind;
import org.diaban.reporting.workbook.Column;
import org.diaban.reporting.workbook.SummaryLine;
import org.diaban.reporting.workbook.Table;

/**
 * Makes the preview's tables from the workbook's table models: any {@link Table} becomes one
 * TableView laid out from its columns' kinds and the sheet's column widths, so that every sheet
 * reads as in the workbook without a class of its own.
 */
final class PreviewTables {

    /** Screen pixels per millimetre of print: the workbook's widths, a little wider since cells do not wrap. */
    static final double PX_PER_MM = 4.4;
    /** Column width when a sheet gives none for a column. */
    private static final double DEFAULT_MM = 25;
    private static final double ROW = 24;
    private static final double HEADER_LINE = 15;
    /** The header row's padding and borders around its lines. */
    private static final double HEADER_PADDING = 20;
    private static final double BORDER = 6;
    private static final double SCROLL_BAR = 16;
    /** A cell's text longer than this may be cut at the column's edge: its tooltip shows it whole. */
    private static final int LONG_TEXT = 20;
    /** A fitted column narrows to this share of its width before the table scrolls sideways. */
    private static final double FIT_LEAST = 0.85;
    /** Tables up to this many rows are shown whole; a longer one takes the room left and scrolls. */
    static final int SHOWN_WHOLE = 12;
    private static final PseudoClass BOLD = PseudoClass.getPseudoClass("bold");
    private static final Font HEADER_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12);

    private final String placeholder;

    PreviewTables(String placeholder) {
        this.placeholder = placeholder;
    }

    /**
     * One table of a breakdown sheet, its totals row in bold.
     *
     * @param fitWidth share the table's width out among the columns, as the workbook fits a landscape
     *                 sheet to the page; otherwise the columns keep the sheet's widths
     */
    TableView<Object[]> table(Table t, double[] widthsMm, boolean fitWidth, String id) {
        TableView<Object[]> view = view(id);
        List<Column> columns = t.columns();
        for (int i = 0; i < columns.size(); i++) {
            double mm = i < widthsMm.length ? widthsMm[i] : DEFAULT_MM;
            TableColumn<Object[], Object> column = column(columns.get(i), i, mm * PX_PER_MM);
            if (fitWidth) {
                column.setMinWidth(column.getPrefWidth() * FIT_LEAST);
            }
            view.getColumns().add(column);
        }
        Object[] totals = t.totals();
        view.setRowFactory(v -> boldRow(row -> totals != null && row == totals));
        // wraps the table's own list: nothing is copied, the annex's rows are made as they scroll by
        view.setItems(FXCollections.observableList(PreviewRows.of(t)));
        if (fitWidth) {
            view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        } else {
            // as wide as its columns and border (and a scroll bar if it scrolls), no filler column beside them
            double columnsWidth = view.getColumns().stream().mapToDouble(TableColumn::getPrefWidth).sum();
            view.setPrefWidth(columnsWidth + BORDER + (view.getItems().size() > SHOWN_WHOLE ? SCROLL_BAR : 0));
            view.setMaxWidth(Region.USE_PREF_SIZE);
        }
        wrapHeaders(view);
        fitHeight(view);
        return view;
    }

    /** The summary table: STT | Chỉ tiêu | Kết quả | Ghi chú, section lines in bold. */
    TableView<SummaryLine> summary(List<String> titles) {
        TableView<SummaryLine> view = view("report-summary");
        TableColumn<SummaryLine, Object> label = summaryColumn(titles.get(1), SummaryLine::label, Pos.CENTER_LEFT,
                320);
        view.getColumns().add(summaryColumn(titles.get(0), SummaryLine::number, Pos.CENTER, 50));
        view.getColumns().add(label);
        view.getColumns().add(summaryColumn(titles.get(2), SummaryLine::value, Pos.CENTER_RIGHT, 110));
        view.getColumns().add(summaryColumn(titles.get(3), SummaryLine::note, Pos.CENTER_LEFT, 300));
        view.setRowFactory(v -> boldRow(SummaryLine::section));
        wrapHeaders(view);
        // the indicator takes what the others leave (less a scroll bar), as the merged "Chỉ tiêu" cells
        // do in the workbook
        label.prefWidthProperty().bind(view.widthProperty().subtract(50 + 110 + 300 + 20));
        label.setMinWidth(320);
        return view;
    }

    private static TableColumn<Object[], Object> column(Column c, int index, double width) {
        TableColumn<Object[], Object> column = new TableColumn<>(c.title());
        column.setCellValueFactory(cell -> {
            Object[] row = cell.getValue();
            return new ReadOnlyObjectWrapper<>(index < row.length ? row[index] : null);
        });
        CellKind kind = c.kind();
        column.setCellFactory(col -> cell(PreviewText::cell, value -> align(kind, value)));
        column.setPrefWidth(width);
        return fixed(column);
    }

    private static <T> TableColumn<T, Object> summaryColumn(String title, Function<T, Object> value, Pos align,
                                                            double width) {
        TableColumn<T, Object> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(col -> cell(PreviewText::summary, v -> align));
        column.setPrefWidth(width);
        return fixed(column);
    }

    /** The workbook's order is the report's: no sorting or moving columns in the preview. */
    private static <T> TableColumn<T, Object> fixed(TableColumn<T, Object> column) {
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    private static <T> TableCell<T, Object> cell(Function<Object, String> text, Function<Object, Pos> align) {
        return new TableCell<>() {
            // one per cell, its text changed as the cell is reused while the annex scrolls by
            private final Tooltip whole = new Tooltip();

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                String shown = empty ? null : text.apply(item);
                setText(shown);
                setAlignment(align.apply(item));
                boolean cut = shown != null && shown.length() > LONG_TEXT;
                whole.setText(cut ? shown : null);
                setTooltip(cut ? whole : null);
            }
        };
    }

    /** As the workbook aligns its cells: a text in a number column ("–", "24/24") is centred. */
    static Pos align(CellKind kind, Object value) {
        return switch (kind) {
            case TEXT -> Pos.CENTER_LEFT;
            case CENTER, DATE -> Pos.CENTER;
            case INTEGER, PERCENT -> value instanceof String ? Pos.CENTER : Pos.CENTER_RIGHT;
        };
    }

    private static <T> TableRow<T> boldRow(java.util.function.Predicate<T> bold) {
        return new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(BOLD, !empty && item != null && bold.test(item));
            }
        };
    }

    private <T> TableView<T> view(String id) {
        TableView<T> view = new TableView<>();
        view.setId(id);
        view.setFixedCellSize(ROW);
        view.setPlaceholder(new Label(placeholder));
        return view;
    }

    /** A short table is as tall as its rows; a long one grows into the room left. */
    private static void fitHeight(TableView<Object[]> view) {
        int rows = view.getItems().size();
        if (rows <= SHOWN_WHOLE) {
            double header = headerLines(view) * HEADER_LINE + HEADER_PADDING;
            // and the table's border: a pixel short and a scroll bar appears
            view.setPrefHeight(header + Math.max(rows, 1) * ROW + BORDER);
            view.setMinHeight(Region.USE_PREF_SIZE);
            view.setMaxHeight(Region.USE_PREF_SIZE);
        } else {
            view.setMinHeight(220);
        }
    }

    /**
     * Long Vietnamese headings wrap onto as many lines as the narrowest column needs rather than
     * end in "…"; all headings of a table get the same height.
     */
    private static <T> void wrapHeaders(TableView<T> view) {
        int lines = headerLines(view);
        for (TableColumn<T, ?> column : view.getColumns()) {
            Label heading = new Label(column.getText());
            heading.setWrapText(true);
            heading.setTextAlignment(TextAlignment.CENTER);
            heading.setAlignment(Pos.CENTER);
            heading.prefWidthProperty().bind(column.widthProperty().subtract(8));
            heading.setMinHeight(lines * HEADER_LINE + 4);
            heading.getStyleClass().add("preview-heading");
            column.setText("");
            column.setGraphic(heading);
        }
    }

    private static int headerLines(TableView<?> view) {
        int lines = 1;
        for (TableColumn<?, ?> column : view.getColumns()) {
            String title = column.getGraphic() instanceof Label l ? l.getText() : column.getText();
            // a fitted column may be a little narrower than asked
            lines = Math.max(lines, lines(title, column.getPrefWidth() * FIT_LEAST - 12));
        }
        return Math.min(lines, 4);
    }

    /** How many lines a heading takes in a column this wide, breaking between words. */
    static int lines(String text, double width) {
        int lines = 1;
        double used = 0;
        double space = measure(" ");
        for (String word : text.split(" ")) {
            double w = measure(word);
            if (used > 0 && used + space + w > width) {
                lines++;
                used = w;
            } else {
                used += (used > 0 ? space : 0) + w;
            }
        }
        return lines;
    }

    private static double measure(String s) {
        Text t = new Text(s);
        t.setFont(HEADER_FONT);
        return t.getLayoutBounds().getWidth();
    }
}
