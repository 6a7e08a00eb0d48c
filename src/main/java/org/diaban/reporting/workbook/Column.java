package org.diaban.reporting.workbook;

/** One column of a table: its header text and how its cells look. */
public record Column(String title, CellKind kind) {
}
