package org.diaban.service.activity;

/** Something a form offers to pick: a place, a cadre, a group; the label is what the user types. */
public record Option(Long id, String label) {
}
