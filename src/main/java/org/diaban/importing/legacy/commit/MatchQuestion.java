package org.diaban.importing.legacy.commit;

import java.util.List;

/**
 * A name whose person is uncertain: the same name as a known cadre, but nothing (birth year,
 * commune, position) to tell whether it is the same person. The user answers; until then the row
 * gets a cadre of its own (never merged silently).
 *
 * @param key        stable key of the question (file, sheet and row of the first row that asks it)
 * @param fileName   the file's name
 * @param sheet      the sheet of that row
 * @param row        its 1-based row number
 * @param name       the name as the file writes it
 * @param evidence   what the row says of the person (position, commune, birth year)
 * @param candidates the people it may be
 */
public record MatchQuestion(String key, String fileName, String sheet, int row, String name, String evidence,
        List<MatchCandidate> candidates) {

    public MatchQuestion {
        candidates = List.copyOf(candidates);
    }
}
