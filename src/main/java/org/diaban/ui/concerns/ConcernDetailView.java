package org.diaban.ui.concerns;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.diaban.i18n.Formats;
import org.diaban.i18n.I18n;
import org.diaban.service.concerns.ConcernDetail;
import org.diaban.service.concerns.ConcernSummary;
import org.diaban.ui.common.form.Checks;

/** The selected concern: what was raised, where and by whom, and its dated history, oldest first. */
final class ConcernDetailView {

    private final I18n i18n;
    private final VBox box = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(box);

    ConcernDetailView(I18n i18n, ObservableValue<ConcernDetail> detail) {
        this.i18n = i18n;
        box.setPadding(new Insets(10));
        box.getStyleClass().add("concern-detail");
        scroll.setId("concern-detail");
        scroll.setFitToWidth(true);
        scroll.setMinWidth(260);
        detail.addListener((obs, old, d) -> show(d));
        show(detail.getValue());
    }

    private void show(ConcernDetail d) {
        box.getChildren().clear();
        if (d == null) {
            Label none = new Label(i18n.get("concerns.detail.none"));
            none.getStyleClass().add("placeholder-text");
            box.getChildren().add(none);
            return;
        }
        ConcernSummary c = d.summary();
        Label content = new Label(c.content());
        content.setId("concern-detail-content");
        content.getStyleClass().add("concern-detail-title");
        content.setWrapText(true);
        box.getChildren().add(content);
        if (c.overdue()) {
            Label late = new Label(i18n.format("concerns.detail.overdue", c.daysOverdue(), Formats.date(c.deadline())));
            late.getStyleClass().add("concern-late");
            box.getChildren().add(late);
        }
        GridPane facts = new GridPane();
        facts.setHgap(8);
        facts.setVgap(3);
        int row = 0;
        row = fact(facts, row, "concerns.detail.place", c.unitName());
        row = fact(facts, row, "concerns.detail.household", c.householdName());
        row = fact(facts, row, "concerns.detail.activity", d.activity() == null ? null
                : ConcernFormModel.activityLabel(new Checks(i18n), d.activity()));
        row = fact(facts, row, "concerns.detail.topic", c.topicName(i18n.isEnglish()));
        row = fact(facts, row, "concerns.detail.raised", Formats.date(c.raisedOn())
                + (c.raisedBy() == null ? "" : " – " + c.raisedBy()));
        row = fact(facts, row, "concerns.detail.body", c.responsibleBody());
        row = fact(facts, row, "concerns.detail.deadline", c.deadline() == null ? null : Formats.date(c.deadline()));
        fact(facts, row, "concerns.detail.status", i18n.format("concerns.detail.statusSince",
                i18n.get("concerns.status." + c.status().name()), Formats.date(c.statusOn())));
        box.getChildren().add(facts);

        Label heading = new Label(i18n.get("concerns.detail.history"));
        heading.getStyleClass().add("concern-detail-heading");
        VBox steps = new VBox(6);
        steps.setId("concern-history");
        for (ConcernDetail.Step s : d.history()) {
            steps.getChildren().add(step(s));
        }
        box.getChildren().addAll(heading, steps);
    }

    private int fact(GridPane grid, int row, String key, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label name = new Label(i18n.get(key));
        name.getStyleClass().add("concern-fact-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setWrapText(true);
        GridPane.setValignment(name, VPos.TOP);
        GridPane.setHgrow(text, Priority.ALWAYS);
        grid.addRow(row, name, text);
        return row + 1;
    }

    private Node step(ConcernDetail.Step s) {
        Label day = new Label(Formats.date(s.day()));
        day.getStyleClass().add("concern-step-day");
        day.setMinWidth(78);
        String what = s.handover() ? i18n.format("concerns.detail.handedOver", nz(s.responsibleBody()))
                : i18n.get("concerns.status." + s.status().name())
                        + (s.responsibleBody() == null ? "" : " – " + s.responsibleBody());
        Label title = new Label(what);
        title.getStyleClass().add(s.handover() ? "concern-step-handover" : "concern-step-status");
        title.setWrapText(true);
        VBox text = new VBox(1, title);
        if (s.note() != null) {
            Label note = new Label(s.note());
            note.getStyleClass().add("concern-step-note");
            note.setWrapText(true);
            text.getChildren().add(note);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(8, day, text);
        line.getStyleClass().add("concern-step");
        return line;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    Node view() {
        return scroll;
    }
}
