package org.diaban.ui.shell;

import javafx.scene.Node;

/**
 * A tab of the main window. The menus and shortcuts (F2, Delete, Ctrl+N, F5) act on the
 * workspace that is showing.
 */
public interface Workspace {

    Node view();

    /** F5: reads the data again. */
    void refresh();

    /** Ctrl+N: adds a new item in this workspace; nothing in a read-only one. */
    default void addNew() {
    }

    /** F2: edits the selected item; nothing in a read-only workspace. */
    default void editSelected() {
    }

    /** Delete: retires the selected item, after asking; nothing in a read-only workspace. */
    default void deleteSelected() {
    }

    /** Puts the keyboard focus on the main list or tree. */
    void focusMain();
}
