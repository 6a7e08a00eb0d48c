package org.diaban.importing.legacy.commit;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A person the matcher knows: a stored cadre, or one an earlier row of the import creates. The
 * facts grow as more rows are matched to the person.
 */
final class KnownPerson {

    private final String ref;
    private Long cadreId;
    private final String name;
    private final String origin;
    private Integer birthYear;
    private final Set<String> communes = new LinkedHashSet<>();
    private final Set<String> positions = new LinkedHashSet<>();
    private String shownPosition;
    // positions as written that were already folded: a household file repeats one per row
    private final Set<String> seenPositions = new java.util.HashSet<>();

    KnownPerson(String ref, Long cadreId, String name, Integer birthYear, String origin) {
        this.ref = ref;
        this.cadreId = cadreId;
        this.name = name;
        this.birthYear = birthYear;
        this.origin = origin;
    }

    static KnownPerson stored(long cadreId, String name, Integer birthYear) {
        return new KnownPerson("db:" + cadreId, cadreId, name, birthYear, null);
    }

    static KnownPerson fromRow(PersonMention m) {
        KnownPerson p = new KnownPerson("new:" + m.questionKey(), null, m.name(), null,
                m.fileName() + ", " + m.sheet() + " " + m.row());
        p.learn(m);
        return p;
    }

    /** Adds what a row matched to this person says. */
    void learn(PersonMention m) {
        if (birthYear == null) {
            birthYear = m.birthYear();
        }
        addCommune(m.communeKey());
        addPosition(m.position());
    }

    void addCommune(String key) {
        if (key != null) {
            communes.add(key);
        }
    }

    void addPosition(String position) {
        if (position == null || !seenPositions.add(position)) {
            return;
        }
        String p = PeopleMatcher.positionKey(position);
        if (p != null) {
            positions.add(p);
            if (shownPosition == null) {
                shownPosition = position.strip();
            }
        }
    }

    String ref() {
        return ref;
    }

    /** The stored cadre's id, or null for a person the import has not stored (yet). */
    Long cadreId() {
        return cadreId;
    }

    /** The person has been stored as this cadre. */
    void storedAs(long id) {
        this.cadreId = id;
    }

    /** The stored cadre is gone again (its file was rolled back). */
    void unstored() {
        if (!ref.startsWith("db:")) {
            this.cadreId = null;
        }
    }

    String name() {
        return name;
    }

    /** Where a person the import creates was first seen, or null for a stored cadre. */
    String origin() {
        return origin;
    }

    Integer birthYear() {
        return birthYear;
    }

    Set<String> communes() {
        return communes;
    }

    /** The first position as written, for people to read; or null. */
    String shownPosition() {
        return shownPosition;
    }

    Set<String> positions() {
        return positions;
    }
}
