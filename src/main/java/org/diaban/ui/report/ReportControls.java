package org.diaban.ui.report;

import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyEvent;
import org.diaban.domain.report.ReportPeriod.Kind;
import org.diaban.i18n.I18n;
import org.diaban.service.report.ScopeChoice;
import org.diaban.ui.common.DayConverter;
import org.diaban.ui.common.ShownAs;

/** The period and unit choosers shared by the report dialog and the dashboard. */
public final class ReportControls {

    /** Typed letters within this many milliseconds extend the search; after a pause it starts again. */
    private static final long TYPING_PAUSE_MS = 1200;

    private ReportControls() {
    }

    /** A date picker that reads and writes dd/MM/yyyy; a date it cannot read leaves the field empty. */
    public static DatePicker dayPicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(130);
        picker.setPromptText("dd/mm/yyyy");
        picker.setConverter(new DayConverter(() -> null));
        return picker;
    }

    public static ComboBox<Kind> kinds(I18n i18n, String id) {
        ComboBox<Kind> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(Kind.values());
        box.setConverter(ShownAs.text(k -> k == null ? "" : i18n.get("reports.period.kind." + k.name())));
        return box;
    }

    /** The units of the period, indented by depth; typing a name (without its marks) jumps to it. */
    public static ComboBox<ScopeChoice> scopes(ScopeListModel model, String id) {
        ComboBox<ScopeChoice> box = new ComboBox<>(model.scopes());
        box.setId(id);
        box.setVisibleRowCount(18);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(model.selectedProperty());
        box.setConverter(ShownAs.text(s -> s == null ? "" : s.name()));
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ScopeChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : "    ".repeat(Math.max(0, item.depth())) + item.name());
            }
        });
        typeAhead(box);
        return box;
    }

    /** Letters typed on the closed or open list gather into a search for the unit's name. */
    private static void typeAhead(ComboBox<ScopeChoice> box) {
        StringBuilder typed = new StringBuilder();
        long[] last = {0};
        javafx.event.EventHandler<KeyEvent> handler = e -> {
            String c = e.getCharacter();
            if (c == null || c.isEmpty() || Character.isISOControl(c.charAt(0))) {
                return;
            }
            long now = System.currentTimeMillis();
            if (now - last[0] > TYPING_PAUSE_MS) {
                typed.setLength(0);
            }
            last[0] = now;
            typed.append(c);
            ScopeChoice found = ScopeListModel.find(box.getItems(), typed.toString());
            if (found != null) {
                box.setValue(found);
            }
            e.consume();
        };
        box.addEventFilter(KeyEvent.KEY_TYPED, handler);
    }
}
