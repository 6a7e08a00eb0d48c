package org.diaban.importing.legacy.commit;

/**
 * A person a row's name may stand for.
 *
 * @param ref   {@code db:ID} for a cadre already stored, {@code new:FILE!SHEET!ROW} for a cadre an
 *              earlier row of the same import creates
 * @param label what the user sees to decide: name, birth year, communes, position, where from
 */
public record MatchCandidate(String ref, String label) {
}
