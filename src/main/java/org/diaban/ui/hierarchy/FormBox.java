package org.diaban.ui.hierarchy;

import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * A column of form parts with a set width. A dialog asks its content for a height without
 * saying the width; this box answers for its own width, so wrapped messages get all their lines
 * instead of being cut off with "…".
 */
final class FormBox extends VBox {

    FormBox(double width, double spacing, Node... children) {
        super(spacing, children);
        setPrefWidth(width);
        setMinWidth(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        return super.computePrefHeight(width < 0 ? getPrefWidth() : width);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
