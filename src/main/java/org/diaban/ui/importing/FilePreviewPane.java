package org.diaban.ui.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.importing.legacy.commit.FilePreview;
import org.diaban.importing.legacy.records.DryRunReport;

/**
 * The review of one file: what was detected (shape, district to confirm, encoding, sheets, rows),
 * and in tabs the decoded records, the errors and warnings by row, and the people to confirm.
 * A fourth tab lists the columns whose header was not recognised, to map by hand.
 */
final class FilePreviewPane {

    /** Record fields that are ids for the database, not for reading: the names are shown instead. */
    private static final Set<String> HIDDEN_FIELDS = Set.of("xa_id", "thon_id", "thon_ids", "xa_ids", "sheet");

    private final I18n i18n;
    private final ImportTexts texts;
    private final ImportWizardViewModel model;
    private final VBox root = new VBox(8);
    private final Label title = new Label();
    private final Label outcome = new Label();
    private final Label earlier = new Label();
    private final ComboBox<LegacyImports.District> district = new ComboBox<>();
    private final Label districtNote = new Label();
    private final Label shape = new Label();
    private final Label encoding = new Label();
    private final Label sheets = new Label();
    private final Label headerRows = new Label();
    private final Label tableRows = new Label();
    private final Label year = new Label();
    private final Label people = new Label();
    private final TableView<Map<String, Object>> records = new TableView<>();
    private final Label summary = new Label();
    private final FindingsTable findings;
    private final MatchQuestionsView questions;
    private final Tab recordsTab = new Tab();
    private final Tab findingsTab = new Tab();
    private final Tab questionsTab = new Tab();
    private final Tab mappingTab = new Tab();
    private final ColumnMappingPane mapping;
    private final TabPane tabs;
    private ImportWizardViewModel.Entry shown;
    private boolean filling;
    private final ChangeListener<FilePreview> refresh = (obs, was, now) -> fill();

    FilePreviewPane(I18n i18n, ImportWizardViewModel model) {
        this.i18n = i18n;
        this.texts = new ImportTexts(i18n);
        this.model = model;
        this.findings = new FindingsTable(i18n);
        this.questions = new MatchQuestionsView(i18n, model);
        title.getStyleClass().add("details-title");
        title.setId("import-file-title");
        outcome.setId("import-file-outcome");
        shape.setId("import-shape");
        district.setId("import-district");
        district.setItems(model.districts());
        district.setConverter(new StringConverter<>() {
            @Override
            public String toString(LegacyImports.District d) {
                return d == null ? "" : d.name();
            }

            @Override
            public LegacyImports.District fromString(String s) {
                return null;
            }
        });
        district.setPromptText(i18n.get("legacy.review.district.choose"));
        district.setPrefWidth(260);
        district.valueProperty().addListener((obs, was, now) -> {
            if (!filling && now != null && shown != null) {
                model.changeDistrict(shown, now.key());
            }
        });
        district.disableProperty().bind(model.runningProperty());
        districtNote.getStyleClass().add("form-hint");
        districtNote.setWrapText(true);

        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(labels, values, labels, values);
        fact(facts, 0, 0, "legacy.review.shape", shape);
        fact(facts, 0, 2, "legacy.review.encoding", encoding);
        fact(facts, 1, 0, "legacy.review.sheets", sheets);
        fact(facts, 1, 2, "legacy.review.year", year);
        fact(facts, 2, 0, "legacy.review.headerRows", headerRows);
        fact(facts, 2, 2, "legacy.review.tableRows", tableRows);
        Label districtLabel = factLabel("legacy.review.district");
        facts.add(districtLabel, 0, 3);
        facts.add(district, 1, 3);
        facts.add(districtNote, 1, 4, 3, 1);
        fact(facts, 5, 0, "legacy.review.people", people);
        GridPane.setColumnSpan(people, 3);

        records.setId("import-records");
        records.setPlaceholder(new Label(i18n.get("legacy.review.noRecords")));
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox recordsBox = new VBox(6, summary, records);
        VBox.setVgrow(records, Priority.ALWAYS);
        recordsBox.setPadding(new Insets(6, 0, 0, 0));
        recordsTab.setContent(recordsBox);

        findingsTab.setContent(findings.view());

        questionsTab.setContent(questions.view());

        mapping = new ColumnMappingPane(i18n, model);
        mappingTab.setContent(mapping.view());
        mappingTab.setId("import-tab-mapping");
        for (Tab t : List.of(recordsTab, findingsTab, questionsTab, mappingTab)) {
            t.setClosable(false);
        }
        recordsTab.setId("import-tab-records");
        findingsTab.setId("import-tab-findings");
        questionsTab.setId("import-tab-questions");
        tabs = new TabPane(recordsTab, findingsTab, questionsTab);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        javafx.scene.layout.HBox head = new javafx.scene.layout.HBox(12, title, outcome);
        head.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        earlier.setId("import-earlier");
        earlier.getStyleClass().add("form-problem");
        earlier.setWrapText(true);
        earlier.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.getChildren().addAll(head, earlier, facts, tabs);
        root.setPadding(new Insets(4, 8, 8, 12));
        root.setId("import-preview");
        model.districts().addListener((javafx.collections.ListChangeListener<LegacyImports.District>) c -> fill());
    }

    Node view() {
        return root;
    }

    /** Extra tabs (e.g. columns to map by hand) go after the built-in ones. */
    TabPane tabs() {
        return tabs;
    }

    void show(ImportWizardViewModel.Entry entry) {
        if (shown != null) {
            shown.previewProperty().removeListener(refresh);
        }
        shown = entry;
        if (entry != null) {
            entry.previewProperty().addListener(refresh);
        }
        fill();
    }

    private void fill() {
        filling = true;
        try {
            root.setVisible(shown != null && shown.preview() != null);
            if (shown == null || shown.preview() == null) {
                return;
            }
            FilePreview preview = shown.preview();
            DryRunReport r = preview.report();
            title.setText(shown.fileName());
            outcome.setText(texts.outcome(r.outcome()));
            outcome.getStyleClass().setAll("label", "outcome-badge", "outcome-" + r.outcome());
            shape.setText(texts.shape(r.get("shape")));
            encoding.setText(texts.encoding(r.get("encoding")));
            sheets.setText(texts.value(r.get("sheets")));
            year.setText(r.get("year") == null ? "" : r.get("year").toString());
            headerRows.setText(r.get("header_rows") instanceof List<?> rows
                    ? rows.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) : "");
            tableRows.setText(range(r.get("table_rows")));
            fillDistrict(r);
            var before = shown.earlierImport();
            earlier.setText(before == null ? "" : i18n.format("legacy.review.earlier", before.id(),
                    texts.when(before.startedAt())));
            earlier.setVisible(before != null);
            earlier.setManaged(before != null);
            people.setText(preview.questions().isEmpty()
                    ? i18n.format("legacy.review.peopleCounts", Formats.number(preview.knownCadres()),
                    Formats.number(preview.newCadres()))
                    : i18n.format("legacy.review.peopleCountsAsk", Formats.number(preview.knownCadres()),
                    Formats.number(preview.newCadres()), Formats.number(preview.questions().size())));
            fillRecords(r);
            findings.show(r);
            findingsTab.setText(i18n.format("legacy.review.tab.findings", Formats.number(r.errors().size()),
                    Formats.number(r.warnings().size())));
            questionsTab.setText(i18n.format("legacy.review.tab.questions",
                    Formats.number(preview.questions().size())));
            questions.show(preview.questions());
            int toMap = mapping.show(r);
            mappingTab.setText(i18n.format("legacy.review.tab.mapping", Formats.number(toMap)));
            if (toMap == 0) {
                boolean wasShowing = tabs.getSelectionModel().getSelectedItem() == mappingTab;
                tabs.getTabs().remove(mappingTab);
                if (wasShowing) {
                    tabs.getSelectionModel().select(recordsTab);
                }
            } else if (!tabs.getTabs().contains(mappingTab)) {
                tabs.getTabs().add(mappingTab);
            }
            if ("reject".equals(r.outcome())) {
                // nothing to read in the records: the reason is among the errors, or columns to map
                tabs.getSelectionModel().select(toMap > 0 ? mappingTab : findingsTab);
            }
        } finally {
            filling = false;
        }
    }

    private void fillDistrict(DryRunReport r) {
        Object detected = r.get("district_id");
        String key = shown.districtKeyProperty().get() != null ? shown.districtKeyProperty().get()
                : detected == null ? null : detected.toString();
        district.setValue(model.districts().stream().filter(d -> d.key().equals(key)).findFirst().orElse(null));
        if (shown.districtKeyProperty().get() != null) {
            districtNote.setText(i18n.get("legacy.review.district.chosen"));
        } else if (detected != null) {
            districtNote.setText(i18n.get("legacy.review.district.detected"));
        } else {
            districtNote.setText(i18n.get("legacy.review.district.unknown"));
        }
    }

    private void fillRecords(DryRunReport r) {
        List<Map<String, Object>> rows = r.records();
        Map<String, Object> sum = r.summary();
        summary.setVisible(false);
        summary.setManaged(false);
        records.setPlaceholder(new Label(i18n.get("legacy.review.noRecords")));
        if (rows.isEmpty() && sum != null && sum.containsKey("data_rows")) {
            records.setPlaceholder(new Label(i18n.get("legacy.review.householdRows")));
            // the household list: tens of thousands of rows, shown as its summary and its first rows
            summary.setText(householdSummary(sum));
            summary.setVisible(true);
            summary.setManaged(true);
            Object samples = sum.get("first_rows");
            rows = samples instanceof List<?> l ? castRows(l) : List.of();
            recordsTab.setText(i18n.format("legacy.review.tab.records", Formats.number(
                    ((Number) sum.get("data_rows")).longValue())));
        } else {
            recordsTab.setText(i18n.format("legacy.review.tab.records", Formats.number(rows.size())));
        }
        Set<String> fields = new LinkedHashSet<>();
        rows.stream().limit(200).forEach(m -> fields.addAll(m.keySet()));
        fields.removeAll(HIDDEN_FIELDS);
        List<TableColumn<Map<String, Object>, ?>> columns = new ArrayList<>();
        for (String f : fields) {
            TableColumn<Map<String, Object>, String> c = new TableColumn<>(texts.field(f));
            c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(texts.value(f, cell.getValue().get(f))));
            c.setPrefWidth(width(f));
            columns.add(c);
        }
        records.getColumns().setAll(columns);
        records.getItems().setAll(rows);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castRows(List<?> list) {
        return list.stream().filter(Map.class::isInstance).map(o -> (Map<String, Object>) o).toList();
    }

    private String householdSummary(Map<String, Object> s) {
        Object communes = s.get("by_xa") instanceof Map<?, ?> m ? m.size() : "";
        return i18n.format("legacy.review.householdSummary", number(s.get("data_rows")),
                number(s.get("first_data_row")), number(s.get("last_data_row")), number(s.get("cadres")),
                number(s.get("tong_nhan_khau")), byDien(s.get("by_dien")), number(communes))
                + (s.get("first_rows") instanceof List<?> first && !first.isEmpty()
                        ? " " + i18n.format("legacy.review.householdFirstRows", number(first.size())) : "");
    }

    private String byDien(Object counts) {
        if (!(counts instanceof Map<?, ?> m)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        m.forEach((k, v) -> parts.add(texts.field("dien." + k) + " " + number(v)));
        return String.join(", ", parts);
    }

    private static String number(Object n) {
        return n instanceof Number x ? Formats.number(x.longValue()) : Objects.toString(n, "");
    }

    private static double width(String field) {
        return switch (field) {
            case "row", "stt" -> 50;
            case "cap_uy", "cap", "nam_sinh", "nhan_khau", "tong", "dinh_muc", "dat", "tong_trong_file",
                 "tong_la_cong_thuc", "nam_thanh_lap", "so_kien_nghi" -> 70;
            case "xa", "so_quyet_dinh", "ngay_quyet_dinh", "ngay" -> 120;
            case "ho_ten", "can_bo", "chu_ho", "to_truong", "thon" -> 150;
            case "chuc_vu", "chi_bo" -> 220;
            case "thang" -> 260;
            default -> 180;
        };
    }

    private String range(Object rows) {
        return rows instanceof List<?> l && l.size() == 2
                ? i18n.format("legacy.review.rowRange", l.get(0), l.get(1)) : texts.value(rows);
    }

    private Label factLabel(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("fact-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private void fact(GridPane grid, int row, int col, String key, Label value) {
        grid.add(factLabel(key), col, row);
        grid.add(value, col + 1, row);
    }
}
