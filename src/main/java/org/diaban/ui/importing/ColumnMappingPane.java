package org.diaban.ui.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.diaban.i18n.I18n;
import org.diaban.importing.legacy.records.DryRunReport;
import org.diaban.importing.legacy.table.ColumnKind;
import org.diaban.importing.legacy.table.ColumnMappings;
import org.diaban.importing.legacy.table.HeaderCandidate;
import org.diaban.importing.legacy.table.HeaderCell;
import org.diaban.importing.legacy.table.TableLayout;
import org.diaban.importing.legacy.table.TableReadResult;
import org.diaban.importing.legacy.table.TableShape;

/**
 * Columns whose header was not recognised, to map by hand: the extra header cells of a table that
 * was found, or, in a sheet where no table was found, its most header-like row with the kind of
 * list it comes closest to. Saving adds the mappings to the saved ones and reads the files again.
 */
final class ColumnMappingPane {

    private final I18n i18n;
    private final ImportWizardViewModel model;
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);
    /** What the user chose, read when saving. */
    private final List<Supplier<ColumnMappings.Entry>> choices = new ArrayList<>();

    ColumnMappingPane(I18n i18n, ImportWizardViewModel model) {
        this.i18n = i18n;
        this.model = model;
        content.setPadding(new Insets(8));
        content.setId("import-mapping");
        root.setFitToWidth(true);
    }

    Node view() {
        return root;
    }

    /**
     * Shows the columns of a report to map; returns how many header cells are listed (0: nothing
     * to map, the tab can go).
     */
    int show(DryRunReport report) {
        content.getChildren().clear();
        choices.clear();
        TableReadResult read = report.tableRead().orElse(null);
        if (read == null) {
            return 0;
        }
        int listed = 0;
        for (TableLayout table : read.tables()) {
            if (!table.unrecognisedHeaders().isEmpty()) {
                List<ColumnKind> free = table.shape().kinds().stream()
                        .filter(k -> !table.columns().containsKey(k)).toList();
                content.getChildren().add(title(i18n.format("legacy.mapping.table", table.sheet(),
                        i18n.get(table.shape().labelKey()))));
                GridPane grid = grid();
                int row = 0;
                for (HeaderCell cell : table.unrecognisedHeaders()) {
                    ComboBox<ColumnKind> kind = kindBox(free);
                    addCell(grid, row++, cell, kind);
                    choices.add(() -> kind.getValue() == null ? null
                            : new ColumnMappings.Entry(table.shape(), cell.folded(), kind.getValue()));
                    listed++;
                }
                content.getChildren().add(grid);
            }
        }
        for (HeaderCandidate candidate : read.candidates()) {
            listed += candidate.cells().size();
            content.getChildren().add(candidate(candidate));
        }
        if (listed == 0) {
            return 0;
        }
        Label intro = new Label(i18n.get("legacy.mapping.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        content.getChildren().add(0, intro);
        Button save = new Button(i18n.get("legacy.mapping.save"));
        save.setId("import-map-save");
        save.disableProperty().bind(model.runningProperty());
        save.setOnAction(e -> model.mapColumns(choices.stream().map(Supplier::get)
                .filter(java.util.Objects::nonNull).toList()));
        content.getChildren().add(save);
        return listed;
    }

    /** A sheet with no table: the kind of list it should be, and its header cells. */
    private Node candidate(HeaderCandidate candidate) {
        ComboBox<TableShape> shape = new ComboBox<>();
        shape.getItems().setAll(Arrays.asList(TableShape.values()));
        shape.setConverter(converter(s -> i18n.get(s.labelKey())));
        shape.setValue(candidate.closestShape() != null ? candidate.closestShape() : TableShape.values()[0]);
        shape.setId("import-map-shape");
        Label missing = new Label();
        missing.setWrapText(true);
        missing.getStyleClass().add("form-hint");
        if (!candidate.missingRequired().isEmpty()) {
            missing.setText(i18n.format("legacy.mapping.missing", String.join(", ",
                    candidate.missingRequired().stream().map(k -> i18n.get(k.labelKey())).toList())));
        }
        GridPane grid = grid();
        int row = 0;
        for (HeaderCell cell : candidate.cells()) {
            ComboBox<ColumnKind> kind = kindBox(shape.getValue().kinds());
            shape.valueProperty().addListener((obs, was, now) -> {
                kind.setValue(null);
                kind.getItems().setAll(now.kinds());
            });
            addCell(grid, row++, cell, kind);
            choices.add(() -> kind.getValue() == null ? null
                    : new ColumnMappings.Entry(shape.getValue(), cell.folded(), kind.getValue()));
        }
        Label shapeLabel = new Label(i18n.get("legacy.mapping.shape"));
        javafx.scene.layout.HBox shapeRow = new javafx.scene.layout.HBox(8, shapeLabel, shape);
        shapeRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(6, title(i18n.format("legacy.mapping.candidate", candidate.sheet(), candidate.row())),
                shapeRow, missing, grid);
    }

    private ComboBox<ColumnKind> kindBox(List<ColumnKind> kinds) {
        ComboBox<ColumnKind> box = new ComboBox<>();
        box.getItems().setAll(kinds);
        box.setConverter(converter(k -> i18n.get(k.labelKey())));
        box.setPromptText(i18n.get("legacy.mapping.none"));
        box.setPrefWidth(260);
        box.getStyleClass().add("import-map-kind");
        return box;
    }

    private void addCell(GridPane grid, int row, HeaderCell cell, ComboBox<ColumnKind> kind) {
        Label letters = new Label(i18n.format("legacy.mapping.column", cell.letters()));
        letters.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label("“" + cell.text() + "”");
        text.setWrapText(true);
        grid.addRow(row, letters, text, kind);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints letters = new ColumnConstraints();
        ColumnConstraints text = new ColumnConstraints(160, 320, 420);
        text.setHgrow(Priority.NEVER);
        grid.getColumnConstraints().addAll(letters, text, new ColumnConstraints());
        return grid;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
