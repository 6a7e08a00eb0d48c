package org.diaban.ui.compliance;

import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.diaban.domain.compliance.NormPolicy;
import org.diaban.domain.compliance.Standing;
import org.diaban.domain.text.VietnameseCollation;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.compliance.ComplianceReport;
import org.diaban.service.compliance.ComplianceReport.Committee;
import org.diaban.service.compliance.ComplianceRow;
import org.diaban.ui.common.Columns;
import org.diaban.ui.common.ShownAs;
import org.diaban.ui.common.WhenShown;
import org.diaban.ui.shell.Workspace;

/**
 * Regulation 1764: committee members' chi-bộ meeting attendance in a year, those below the norm
 * first. A year and a committee are chosen at the top; the policy line can switch the policy.
 */
public final class CompliancePane implements Workspace {

    private static final int FIRST_YEAR = 2019;
    /** met, on-track, behind, abolished, no-norm: in the order of {@link Standing}. */
    private static final List<PseudoClass> STATES = java.util.stream.Stream.of("met", "on-track", "behind",
            "abolished", "no-norm").map(PseudoClass::getPseudoClass).toList();

    private final I18n i18n;
    private final ComplianceViewModel model;
    private final TableView<ComplianceRow> table = new TableView<>();
    private final BorderPane root = new BorderPane();
    private final Label policy = new Label();
    private final Hyperlink switchPolicy = new Hyperlink();
    private final Label asOf = new Label();
    private final Label met = badge("met");
    private final Label onTrack = badge("on-track");
    private final Label behind = badge("behind");
    private final Label abolished = badge("abolished");
    private final Label percent = new Label();
    private final Label count = new Label();

    public CompliancePane(I18n i18n, ComplianceViewModel model, int currentYear) {
        this.i18n = i18n;
        this.model = model;
        root.setId("compliance");
        root.getStylesheets().add(CompliancePane.class.getResource("/org/diaban/ui/compliance/compliance.css")
                .toExternalForm());

        ComboBox<Integer> year = new ComboBox<>();
        year.setId("compliance-year");
        year.getItems().setAll(IntStream.rangeClosed(FIRST_YEAR, currentYear).boxed()
                .sorted((a, b) -> b - a).toList());
        year.valueProperty().bindBidirectional(model.yearProperty());
        ComboBox<Committee> committee = new ComboBox<>(model.committees());
        committee.setId("compliance-committee");
        committee.setPrefWidth(300);
        committee.setVisibleRowCount(20);
        committee.setConverter(ShownAs.text(c -> c == null ? i18n.get("compliance.committee.all") : c.name()));
        committee.setButtonCell(new CommitteeCell());
        committee.setCellFactory(l -> new CommitteeCell());
        committee.valueProperty().bindBidirectional(model.committeeProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox choose = new HBox(8, new Label(i18n.get("compliance.year")), year, gap(),
                new Label(i18n.get("compliance.committee")), committee, busy, spacer, count);
        choose.setAlignment(Pos.CENTER_LEFT);

        policy.setId("compliance-policy");
        switchPolicy.setId("compliance-switch-policy");
        switchPolicy.setOnAction(e -> model.togglePolicy());
        HBox policyLine = new HBox(6, policy, switchPolicy);
        policyLine.setAlignment(Pos.CENTER_LEFT);

        asOf.getStyleClass().add("as-of");
        percent.setId("compliance-percent");
        percent.getStyleClass().add("percent");
        HBox summary = new HBox(10, asOf, behind, onTrack, met, abolished, percent);
        summary.setId("compliance-summary");
        summary.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox top = new VBox(6, choose, policyLine, summary, error);
        top.setPadding(new Insets(8));
        root.setTop(top);
        buildTable();
        root.setCenter(table);
        model.reportProperty().addListener((obs, old, r) -> showSummary(r));
        // the first computation when the tab is first shown (its content area is hidden until then),
        // so that it does not compete with the tree at start-up; later ones on refresh
        WhenShown.run(root, this::loadFirstTime);
    }

    private void loadFirstTime() {
        if (model.reportProperty().get() == null && !model.loadingProperty().get()) {
            model.reload();
        }
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(12);
        return r;
    }

    private static Label badge(String kind) {
        Label l = new Label();
        l.getStyleClass().addAll("badge", kind);
        return l;
    }

    private void buildTable() {
        table.setId("compliance-table");
        TableColumn<ComplianceRow, String> name = Columns.text(i18n.get("compliance.column.name"),
                ComplianceRow::name, 165, VietnameseCollation.personName());
        TableColumn<ComplianceRow, String> born = Columns.text(i18n.get("compliance.column.birthYear"),
                r -> r.birthYear() == null ? "" : String.valueOf(r.birthYear()), 75);
        TableColumn<ComplianceRow, String> committee = Columns.text(i18n.get("compliance.column.committee"),
                ComplianceRow::committeeName, 185, VietnameseCollation.text());
        TableColumn<ComplianceRow, String> tier = Columns.text(i18n.get("compliance.column.tier"), this::tier, 168);
        TableColumn<ComplianceRow, String> position = Columns.text(i18n.get("compliance.column.position"),
                this::position, 148, VietnameseCollation.text());
        TableColumn<ComplianceRow, Integer> required = Columns.value(i18n.get("compliance.column.required"),
                r -> r.required() == null ? -1 : r.required(), n -> n < 0 ? "–" : Formats.number(n), 65);
        TableColumn<ComplianceRow, Integer> attended = Columns.value(i18n.get("compliance.column.attended"),
                ComplianceRow::attended, n -> Formats.number(n), 60);
        required.getStyleClass().add("number");
        attended.getStyleClass().add("number");
        TableColumn<ComplianceRow, Standing> status = new TableColumn<>(i18n.get("compliance.column.status"));
        status.setId("compliance-status-column");
        status.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().standing()));
        status.setComparator((a, b) -> Integer.compare(ComplianceReport.needRank(a), ComplianceReport.needRank(b)));
        status.setCellFactory(c -> new StatusCell());
        status.setPrefWidth(105);
        TableColumn<ComplianceRow, String> basis = Columns.text(i18n.get("compliance.column.basis"), this::basis, 300);
        table.getColumns().setAll(List.of(name, born, committee, tier, position, required, attended, status, basis));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("compliance.empty")));
        // the service's order (behind, on track, met; then by name) until a heading is clicked
        SortedList<ComplianceRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
    }

    /** The tier's name, marked when the tier was abolished (the basis column says since when). */
    private String tier(ComplianceRow r) {
        String name = i18n.isEnglish() ? r.tierNameEn() : r.tierNameVi();
        return r.tierAbolishedOn() == null ? name : i18n.format("compliance.tier.abolished", name);
    }

    private String position(ComplianceRow r) {
        return r.title() != null ? r.title() : i18n.get("cadres.kind." + r.kind().name());
    }

    /** Which norm applied and why: the tier's own, or the strictest of several committees. */
    String basis(ComplianceRow r) {
        return basis(r, false);
    }

    /** With {@code full}, also since when the tier is abolished (the tier column only marks it). */
    String basis(ComplianceRow r, boolean full) {
        if (r.normPerYear() == null) {
            return i18n.get("compliance.basis.none") + (!full || r.tierAbolishedOn() == null ? ""
                    : i18n.format("compliance.basis.abolished", Formats.date(r.tierAbolishedOn())));
        }
        String tierName = (i18n.isEnglish() ? r.tierNameEn() : r.tierNameVi()).toLowerCase(i18n.locale());
        String text = r.policy() == NormPolicy.STRICTEST && r.committeeCount() > 1
                ? i18n.format("compliance.basis.strictest", r.normPerYear(), r.committeeCount())
                : i18n.format("compliance.basis.each", r.normPerYear(), tierName);
        if (r.partYear()) {
            text += i18n.format("compliance.basis.part", r.seatDays(), r.daysInYear());
        }
        if (full && r.tierAbolishedOn() != null) {
            text += i18n.format("compliance.basis.abolished", Formats.date(r.tierAbolishedOn()));
        }
        return text;
    }

    private void showSummary(ComplianceReport r) {
        if (r == null) {
            return;
        }
        policy.setText(i18n.format("compliance.policy.line",
                lowerFirst(i18n.get("compliance.policy." + r.policy().name()))));
        switchPolicy.setText(i18n.get("compliance.policy.switch." + r.policy().name()));
        asOf.setText(i18n.format("compliance.summary.asOf", String.valueOf(r.year()), Formats.date(r.asOf())));
        behind.setText(i18n.format("compliance.summary.behind", Formats.number(r.count(Standing.BEHIND))));
        onTrack.setText(i18n.format("compliance.summary.onTrack", Formats.number(r.count(Standing.ON_TRACK))));
        met.setText(i18n.format("compliance.summary.met", Formats.number(r.count(Standing.MET))));
        long gone = r.abolishedTierCount();
        abolished.setText(i18n.format("compliance.summary.abolished", Formats.number(gone)));
        abolished.setTooltip(gone == 0 ? null : new Tooltip(r.rows().stream().filter(x -> x.tierAbolishedOn() != null)
                .map(x -> (i18n.isEnglish() ? x.tierNameEn() : x.tierNameVi()) + ": "
                        + i18n.format("compliance.abolished", Formats.date(x.tierAbolishedOn())))
                .distinct().collect(java.util.stream.Collectors.joining("\n"))));
        abolished.setVisible(gone > 0);
        abolished.setManaged(gone > 0);
        percent.setText(i18n.format("compliance.summary.percent", Formats.decimal(r.compliantPercent(), 1)));
        count.setText(i18n.format("compliance.count", Formats.number(r.rows().size())));
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    public ComplianceViewModel model() {
        return model;
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void refresh() {
        model.reload();
    }

    @Override
    public void focusMain() {
        table.requestFocus();
    }

    private final class CommitteeCell extends ListCell<Committee> {
        @Override
        protected void updateItem(Committee c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty ? null : c == null ? i18n.get("compliance.committee.all") : c.name());
        }
    }

    /** The standing in words, colored through a pseudo-class per standing. */
    private final class StatusCell extends TableCell<ComplianceRow, Standing> {

        StatusCell() {
            getStyleClass().add("status-cell");
        }

        @Override
        protected void updateItem(Standing s, boolean empty) {
            super.updateItem(s, empty);
            for (Standing each : Standing.values()) {
                pseudoClassStateChanged(STATES.get(each.ordinal()), !empty && each == s);
            }
            if (empty || s == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(i18n.get("compliance.status." + s.name()));
            ComplianceRow row = getTableRow() == null ? null : getTableRow().getItem();
            setTooltip(row == null ? null : new Tooltip(basis(row, true)));
        }
    }
}
