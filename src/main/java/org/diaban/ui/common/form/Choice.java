package org.diaban.ui.common.form;

/** Something to pick by name in a form: a unit, a committee. The label is what the user sees and types. */
public record Choice(Long id, String label) {

    @Override
    public String toString() {
        return label;
    }
}
