package org.diaban.importing.legacy.commit;

/**
 * A person as one row of a file names them, with what the row says about them.
 *
 * @param slot       which person of the row (a working group's leader is 0, its members 1, 2...)
 * @param communeKey the commune the row ties them to (external key), or null
 * @param birthYear  the birth year where the file has one, or null
 * @param position   the position as written, or null
 */
record PersonMention(String fileName, String sheet, int row, int slot, String name, Integer birthYear,
        String communeKey, String position) {

    /** The key of the first row that raises a question about this person. */
    String questionKey() {
        return fileName + "!" + sheet + "!" + row + (slot == 0 ? "" : "#" + slot);
    }
}
