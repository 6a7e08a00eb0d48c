package org.diaban.ui.cadres;

import org.diaban.ui.common.form.FormGrid;
import org.diaban.ui.common.form.FormField;
import org.diaban.ui.common.form.ChoiceField;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import org.diaban.domain.people.CommitteeTerm;
import org.diaban.domain.people.PositionKind;
import org.diaban.i18n.I18n;

/** The position fields, laid into a form: used by the position dialog and for a new cadre's first position. */
final class PositionFields {

    private final ComboBox<PositionKind> kind = new ComboBox<>();
    private final List<Node> controls = new ArrayList<>();

    PositionFields(I18n i18n, PositionFormModel model, FormGrid grid) {
        Names names = new Names(i18n);
        kind.setId("position-kind");
        kind.setItems(FXCollections.observableArrayList(PositionFormModel.kinds()));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setPromptText(i18n.get("cadres.position.kindPrompt"));
        kind.setMaxWidth(Double.MAX_VALUE);
        Names.show(kind, names::kind);

        ChoiceField committee = new ChoiceField(model.committee(), "position-committee",
                i18n.get("cadres.position.committeePrompt"));

        ComboBox<CommitteeTerm> term = new ComboBox<>(model.terms());
        term.setId("position-term");
        term.valueProperty().bindBidirectional(model.termProperty());
        term.setPromptText(i18n.get("cadres.position.termPrompt"));
        Names.show(term, t -> t == null ? "" : t.code());

        TextField title = text("position-title", model.title(), i18n.get("cadres.position.titlePrompt"));
        TextField from = text("position-from", model.from(), i18n.get("cadres.form.datePrompt"));
        TextField to = text("position-to", model.to(), i18n.get("cadres.position.toPrompt"));
        for (TextField day : List.of(from, to)) {
            day.setPrefColumnCount(13);
            day.setMaxWidth(Region.USE_PREF_SIZE);
        }

        grid.field(i18n.get("cadres.position.kind"), true, kind, model.kindMessageProperty());
        grid.field(i18n.get("cadres.position.committee"), true, committee.view(), model.committeeMessageProperty());
        grid.field(i18n.get("cadres.position.term"), false, term, null);
        grid.field(i18n.get("cadres.position.title"), false, title, model.title().messageProperty());
        grid.field(i18n.get("cadres.position.from"), false, from, model.from().messageProperty());
        grid.field(i18n.get("cadres.position.to"), false, to, model.to().messageProperty());
        controls.addAll(List.of(kind, committee.view(), term, title, from, to));
    }

    private static TextField text(String id, FormField field, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.textProperty().bindBidirectional(field.textProperty());
        return t;
    }

    Node first() {
        return kind;
    }

    List<Node> controls() {
        return controls;
    }
}
