package org.diaban.ui.hierarchy;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.hierarchy.UnitDetails;
import org.diaban.service.hierarchy.UnitDetails.AssignmentView;
import org.diaban.service.hierarchy.UnitDetails.HouseholdView;
import org.diaban.service.hierarchy.UnitDetails.ReorganisationView;
import org.diaban.ui.common.Columns;

/** The right-hand panel: everything known about the selected unit on the view date. */
final class UnitDetailsView {

    private final I18n i18n;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label path = new Label();
    private final GridPane facts = new GridPane();
    private final HBox stats = new HBox(12);
    private final TableView<AssignmentView> assignments = new TableView<>();
    private final TableView<UnitState> versions = new TableView<>();
    private final TableView<ReorganisationView> events = new TableView<>();
    private final TableView<HouseholdView> households = new TableView<>();
    private final Label householdsTitle = new Label();
    private final VBox householdsBox;
    private final Label empty;
    private final VBox content;
    private final ScrollPane root;
    private java.time.LocalDate shownDay;

    UnitDetailsView(I18n i18n) {
        this.i18n = i18n;
        title.getStyleClass().add("details-title");
        subtitle.getStyleClass().add("details-subtitle");
        path.getStyleClass().add("details-path");
        path.setWrapText(true);
        facts.setHgap(12);
        facts.setVgap(4);
        facts.getStyleClass().add("details-facts");

        assignments.getColumns().setAll(List.of(
                Columns.text(i18n.get("hierarchy.details.cadre"), AssignmentView::cadreName, 200),
                Columns.text(i18n.get("hierarchy.details.role"), a -> i18n.get("assignment.role." + a.role()), 110),
                Columns.text(i18n.get("hierarchy.details.from"), a -> Formats.date(a.range().from()), 90),
                Columns.text(i18n.get("hierarchy.details.to"), a -> Formats.date(a.range().to()), 90),
                Columns.text(i18n.get("hierarchy.details.decision"), AssignmentView::decisionSymbol, 110)));
        versions.getColumns().setAll(List.of(
                Columns.text(i18n.get("hierarchy.details.from"), v -> Formats.date(v.range().from()), 90),
                Columns.text(i18n.get("hierarchy.details.to"), v -> Formats.date(v.range().to()), 90),
                Columns.text(i18n.get("hierarchy.details.name"), UnitState::fullName, 220),
                Columns.text(i18n.get("hierarchy.details.committee"), UnitState::committeeName, 200)));
        events.getColumns().setAll(List.of(
                Columns.text(i18n.get("hierarchy.details.date"), e -> Formats.date(e.effectiveOn()), 90),
                Columns.text(i18n.get("hierarchy.details.kind"), e -> i18n.get("reorganisation.kind." + e.kind()), 110),
                Columns.text(i18n.get("hierarchy.details.fromUnits"), e -> String.join(", ", e.predecessors()), 240),
                Columns.text(i18n.get("hierarchy.details.toUnits"), e -> String.join(", ", e.successors()), 200),
                Columns.text(i18n.get("hierarchy.details.legalBasis"), ReorganisationView::legalBasis, 200)));
        households.getColumns().setAll(List.of(
                Columns.text(i18n.get("hierarchy.details.householdHead"), HouseholdView::headName, 220),
                Columns.text(i18n.get("hierarchy.details.birthYear"), h -> h.birthYear() == null ? ""
                        : String.valueOf(h.birthYear()), 80),
                Columns.text(i18n.get("hierarchy.details.members"), h -> h.members() == null ? ""
                        : String.valueOf(h.members()), 80),
                Columns.text(i18n.get("hierarchy.details.category"), h -> h.category() == null ? ""
                        : i18n.get("household.category." + h.category()), 150)));
        for (TableView<?> t : List.of(assignments, versions, events, households)) {
            t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            t.setPlaceholder(new Label(i18n.get("hierarchy.details.none")));
        }
        assignments.setPrefHeight(200);
        // assignments not in force on the day shown are listed too, greyed, for the history
        assignments.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(AssignmentView item, boolean empty) {
                super.updateItem(item, empty);
                boolean inactive = !empty && item != null && (item.cancelled()
                        || shownDay != null && !item.range().contains(shownDay));
                getStyleClass().remove("inactive-row");
                if (inactive) {
                    getStyleClass().add("inactive-row");
                }
            }
        });
        versions.setPrefHeight(120);
        events.setPrefHeight(120);
        households.setPrefHeight(240);
        assignments.setId("unit-assignments");
        households.setId("unit-households");

        householdsBox = new VBox(4, householdsTitle, households);
        householdsTitle.getStyleClass().add("section-title");
        empty = new Label(i18n.get("hierarchy.details.selectPrompt"));
        empty.getStyleClass().add("placeholder-text");
        content = new VBox(8, title, subtitle, path, facts, stats,
                section("hierarchy.details.assignments"), assignments, householdsBox,
                section("hierarchy.details.history"), versions,
                section("hierarchy.details.reorganisations"), events);
        content.setPadding(new Insets(12));
        content.setId("unit-details");
        root = new ScrollPane(empty);
        root.setFitToWidth(true);
    }

    /** Builds the context menu of the assignments list from the row it is opened on. */
    void setAssignmentMenu(java.util.function.Function<AssignmentView, List<javafx.scene.control.MenuItem>> items) {
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu();
        // filled when asked for: a context menu without items would not show at all
        assignments.setOnContextMenuRequested(e -> {
            AssignmentView row = assignments.getSelectionModel().getSelectedItem();
            if (row != null) {
                menu.getItems().setAll(items.apply(row));
                menu.show(assignments, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
    }

    /** Adds a link under the unit's path, such as the one to its activities. */
    void addLink(javafx.scene.control.Hyperlink link) {
        content.getChildren().add(content.getChildren().indexOf(path) + 1, link);
    }

    private Label section(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    Node view() {
        return root;
    }

    void show(UnitDetails d) {
        if (d == null) {
            root.setContent(empty);
            return;
        }
        shownDay = d.day();
        UnitState s = d.state();
        title.setText(s.fullName());
        String type = i18n.isEnglish() ? s.typeNameEn() : s.typeNameVi();
        subtitle.setText(type + " · " + i18n.format("hierarchy.details.key", s.externalKey())
                + (s.officialCode() == null ? "" : " · " + i18n.format("hierarchy.details.code", s.officialCode())));
        path.setText(d.path().isEmpty() ? "" : String.join(" › ", d.path().stream().map(UnitState::fullName).toList()));
        path.setVisible(!d.path().isEmpty());
        path.setManaged(!d.path().isEmpty());

        facts.getChildren().clear();
        int row = 0;
        row = fact(row, "hierarchy.details.partyOrg", s.partyOrgName());
        row = fact(row, "hierarchy.details.committee", s.committeeName() == null ? null
                : s.committeeName() + (s.committeeCode() == null ? "" : " (" + s.committeeCode() + ")"));
        // an open period says nothing; a name period only matters when the unit had several
        if (s.lifetime().from() != null || s.lifetime().to() != null) {
            row = fact(row, "hierarchy.details.validity", period(s.lifetime()));
        }
        if (d.versions().size() > 1) {
            fact(row, "hierarchy.details.versionValidity", period(s.range()));
        }

        stats.getChildren().setAll(
                stat("hierarchy.details.statVillages", d.figures().villages(), !s.isVillageTier()),
                stat("hierarchy.details.statHouseholds", d.figures().households(), true),
                stat("hierarchy.details.statCadres", d.figures().cadresAssigned(), true),
                stat("hierarchy.details.statConcerns", d.figures().openConcerns(), true));
        assignments.getItems().setAll(d.assignments());
        versions.getItems().setAll(d.versions());
        events.getItems().setAll(d.reorganisations());
        boolean village = s.isVillageTier();
        householdsBox.setVisible(village);
        householdsBox.setManaged(village);
        households.getItems().setAll(d.households());
        householdsTitle.setText(i18n.format("hierarchy.details.households", Formats.number(d.householdCount())));
        root.setContent(content);
    }

    private int fact(int row, String key, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label k = new Label(i18n.get(key));
        k.getStyleClass().add("fact-label");
        Label v = new Label(value);
        v.setWrapText(true);
        GridPane.setHgrow(v, Priority.ALWAYS);
        facts.addRow(row, k, v);
        return row + 1;
    }

    private String period(DateRange r) {
        if (r.from() == null && r.to() == null) {
            return i18n.get("hierarchy.details.periodOpen");
        }
        if (r.to() == null) {
            return i18n.format("hierarchy.details.periodFrom", Formats.date(r.from()));
        }
        if (r.from() == null) {
            return i18n.format("hierarchy.details.periodUntil", Formats.date(r.to()));
        }
        return i18n.format("hierarchy.details.periodBetween", Formats.date(r.from()), Formats.date(r.to()));
    }

    private Node stat(String key, long value, boolean shown) {
        Label number = new Label(Formats.number(value));
        number.getStyleClass().add("stat-number");
        Label caption = new Label(i18n.get(key));
        caption.getStyleClass().add("stat-caption");
        VBox box = new VBox(2, number, caption);
        box.getStyleClass().add("stat-box");
        box.setVisible(shown);
        box.setManaged(shown);
        return box;
    }
}
