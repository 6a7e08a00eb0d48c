package org.diaban.importing.legacy.commit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who a row's person is: the rules of {@link PeopleMatcher}. */
class PeopleMatcherTest {

    private static PersonMention row(int row, String name, Integer born, String commune, String position) {
        return new PersonMention("a.xls", "PC", row, 0, name, born, commune, position);
    }

    private static PeopleMatcher matcher(List<KnownPerson> stored, MatchAnswers answers) {
        return new PeopleMatcher(stored, answers, key -> "Xã " + key);
    }

    @Test
    void theSameNameAndCommuneIsTheSamePerson() {
        PeopleMatcher m = matcher(List.of(), MatchAnswers.none());
        KnownPerson first = m.match(row(5, "Hoàng Văn Thuý", null, "x.a", "Phó Bí thư")).person();
        PeopleMatcher.Match second = m.match(row(9, "hoàng  văn thúy", null, "x.a", null));
        assertSame(first, second.person(), "case, spacing and old/new tone placement are equal");
        assertFalse(second.created());
        assertTrue(m.questions().isEmpty());
    }

    @Test
    void theSamePositionTiesRowsOfOneCadreInSeveralCommunes() {
        PeopleMatcher m = matcher(List.of(), MatchAnswers.none());
        KnownPerson first = m.match(row(5, "Lý Văn Trung", null, "x.a", "Chủ nhiệm UBKT Huyện ủy")).person();
        assertSame(first, m.match(row(6, "Lý Văn Trung", null, "x.b", "Chủ nhiệm UBKT Huyện ủy.")).person());
        assertSame(first, m.match(row(7, "Lý Văn Trung", null, "x.c", "UVBTV, Chủ nhiệm UBKT Huyện ủy")).person(),
                "a longer title holding the same one");
    }

    @Test
    void differentBirthYearsAreDifferentPeopleEvenInTheSameCommune() {
        PeopleMatcher m = matcher(List.of(KnownPerson.stored(7, "Nông Văn Hải", 1970)), MatchAnswers.none());
        PeopleMatcher.Match match = m.match(row(3, "Nông Văn Hải", 1985, "x.a", null));
        assertTrue(match.created());
        assertTrue(m.questions().isEmpty(), "nothing to ask: they differ");
    }

    @Test
    void theSameBirthYearMatchesAStoredCadre() {
        PeopleMatcher m = matcher(List.of(KnownPerson.stored(7, "Nông Văn Hải", 1970)), MatchAnswers.none());
        assertEquals(7L, m.match(row(3, "Nông Văn Hải", 1970, null, null)).person().cadreId());
    }

    @Test
    void aNameWithNothingToConfirmItIsAskedAndNotMerged() {
        KnownPerson stored = KnownPerson.stored(7, "Vy Tiến Sơn", null);
        stored.addCommune("x.a");
        PeopleMatcher m = matcher(List.of(stored), MatchAnswers.none());
        PeopleMatcher.Match match = m.match(row(11, "Vy Tiến Sơn", null, "x.b", "Tổ trưởng"));
        assertTrue(match.created());
        assertNotSame(stored, match.person());
        assertEquals(1, m.questions().size());
        MatchQuestion q = m.questions().get(0);
        assertEquals("a.xls!PC!11", q.key());
        assertEquals("db:7", q.candidates().get(0).ref());
        assertTrue(q.candidates().get(0).label().contains("Xã x.a"), q.candidates().get(0).label());
    }

    @Test
    void theUsersAnswerMergesOrSeparates() {
        KnownPerson stored = KnownPerson.stored(7, "Vy Tiến Sơn", null);
        PeopleMatcher same = matcher(List.of(stored), MatchAnswers.none().with("a.xls!PC!11", "db:7"));
        assertSame(stored, same.match(row(11, "Vy Tiến Sơn", null, "x.b", null)).person());

        PeopleMatcher apart = matcher(List.of(KnownPerson.stored(7, "Vy Tiến Sơn", null)),
                MatchAnswers.none().with("a.xls!PC!11", MatchAnswers.NEW));
        assertTrue(apart.match(row(11, "Vy Tiến Sơn", null, "x.b", null)).created());
    }

    @Test
    void similarNamesAreDifferentPeople() {
        PeopleMatcher m = matcher(List.of(KnownPerson.stored(7, "Hoàng Văn Hùng", null)), MatchAnswers.none());
        assertTrue(m.match(row(2, "Hoàng Văn Hưng", null, "x.a", null)).created());
        assertTrue(m.questions().isEmpty());
    }

    @Test
    void aRolledBackFileForgetsItsPeople() {
        PeopleMatcher m = matcher(List.of(), MatchAnswers.none());
        int mark = m.mark();
        m.match(row(2, "Hà Văn Hưng", null, "x.a", null));
        m.rollBackTo(mark);
        assertTrue(m.match(row(2, "Hà Văn Hưng", null, "x.a", null)).created());
    }

    @Test
    void aShortTitleInsideALongerOneTellsNothing() {
        assertFalse(PeopleMatcher.samePosition("bi thu", "pho bi thu dang uy xa"));
        assertTrue(PeopleMatcher.samePosition(PeopleMatcher.positionKey("Trưởng Ban Tổ chức Huyện ủy"),
                PeopleMatcher.positionKey("UVBTV, Trưởng ban Tổ chức Huyện uỷ")));
    }
}
