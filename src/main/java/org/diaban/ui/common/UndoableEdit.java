package org.diaban.ui.common;

/**
 * An edit that can be taken back: it knows how to undo and redo itself through the services.
 * Both run off the FX thread.
 */
public interface UndoableEdit {

    /** Shown in the Edit menu: "Hoàn tác: đổi tên Hồ Sơn". */
    String description();

    void undo();

    void redo();
}
