package org.diaban.ui.common.form;

import java.util.List;

/** The style sheets of the cadre views; dialogs are separate scenes and need them too. */
public final class Styles {

    private Styles() {
    }

    public static List<String> sheets() {
        return List.of(Styles.class.getResource("/org/diaban/ui/diaban.css").toExternalForm(),
                Styles.class.getResource("/org/diaban/ui/cadres/cadres.css").toExternalForm());
    }
}
