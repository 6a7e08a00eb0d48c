package org.diaban.importing.legacy.commit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.diaban.importing.legacy.text.LegacyText;

/**
 * Decides who the person on a row is. Names are compared as written, up to case, spacing, Unicode
 * composition and old/new tone placement ("Thuý" is "Thúy"; "Hùng" is not "Hưng"). A person with
 * the same name is the same person when the birth years agree, or they share a commune, or they
 * hold the same position; different birth years make them different people. A name that matches
 * with nothing to confirm it is a question for the user, and until answered the row gets a person
 * of its own: nobody is merged silently.
 */
final class PeopleMatcher {

    private final Map<String, List<KnownPerson>> byName = new HashMap<>();
    private final Map<String, MatchQuestion> questions = new java.util.LinkedHashMap<>();
    private final List<KnownPerson> created = new ArrayList<>();
    // names as written to their keys: a large file repeats a few thousand names
    private final Map<String, String> nameKeys = new HashMap<>();
    private final Map<String, String> positionKeys = new HashMap<>();
    private final MatchAnswers answers;
    private final Function<String, String> communeLabel;

    /**
     * @param stored       the cadres already in the database
     * @param answers      the user's answers to earlier questions
     * @param communeLabel the name of a commune by its key, for questions
     */
    PeopleMatcher(List<KnownPerson> stored, MatchAnswers answers, Function<String, String> communeLabel) {
        this.answers = answers;
        this.communeLabel = communeLabel;
        stored.forEach(p -> byName.computeIfAbsent(nameKey(p.name()), k -> new ArrayList<>()).add(p));
    }

    /** The result of matching one row: the person, and whether it is the first row of a new one. */
    record Match(KnownPerson person, boolean created) {
    }

    Match match(PersonMention mention) {
        String key = nameKeys.computeIfAbsent(mention.name(), PeopleMatcher::nameKey);
        List<KnownPerson> sameName = byName.computeIfAbsent(key, k -> new ArrayList<>());
        List<KnownPerson> unsure = new ArrayList<>();
        String position = mention.position() == null ? null
                : positionKeys.computeIfAbsent(mention.position(), PeopleMatcher::positionKey);
        for (KnownPerson p : sameName) {
            Verdict v = verdict(p, mention, position);
            if (v == Verdict.SAME) {
                p.learn(mention);
                return new Match(p, false);
            }
            if (v == Verdict.UNSURE) {
                unsure.add(p);
            }
        }
        if (!unsure.isEmpty()) {
            MatchQuestion question = ask(mention, unsure);
            Optional<KnownPerson> chosen = answers.answer(question.key())
                    .flatMap(ref -> unsure.stream().filter(p -> p.ref().equals(ref)).findFirst());
            if (chosen.isPresent()) {
                chosen.get().learn(mention);
                return new Match(chosen.get(), false);
            }
        }
        KnownPerson person = KnownPerson.fromRow(mention);
        sameName.add(person);
        created.add(person);
        return new Match(person, true);
    }

    /** A point to go back to when a file's import is rolled back. */
    int mark() {
        return created.size();
    }

    /** Forgets the people created since the mark (their file stored nothing). */
    void rollBackTo(int mark) {
        List<KnownPerson> gone = List.copyOf(created.subList(mark, created.size()));
        created.subList(mark, created.size()).clear();
        for (KnownPerson p : gone) {
            byName.getOrDefault(nameKey(p.name()), new ArrayList<>()).remove(p);
        }
    }

    /** The questions asked so far, in file order. */
    List<MatchQuestion> questions() {
        return List.copyOf(questions.values());
    }

    private MatchQuestion ask(PersonMention m, List<KnownPerson> unsure) {
        return questions.computeIfAbsent(m.questionKey(), k -> new MatchQuestion(k, m.fileName(), m.sheet(),
                m.row(), m.name(), describe(m.position(), m.communeKey(), m.birthYear()),
                unsure.stream().map(p -> new MatchCandidate(p.ref(), label(p))).toList()));
    }

    private String label(KnownPerson p) {
        String facts = describe(p.shownPosition(),
                p.communes().stream().findFirst().orElse(null), p.birthYear());
        String where = p.origin() == null ? "#" + p.cadreId() : p.origin();
        return p.name() + (facts.isEmpty() ? "" : " — " + facts) + " (" + where + ")";
    }

    private String describe(String position, String communeKey, Integer birthYear) {
        List<String> parts = new ArrayList<>();
        if (position != null) {
            parts.add(position);
        }
        if (communeKey != null) {
            parts.add(communeLabel.apply(communeKey));
        }
        if (birthYear != null) {
            parts.add(String.valueOf(birthYear));
        }
        return String.join(", ", parts);
    }

    enum Verdict { SAME, DIFFERENT, UNSURE }

    static Verdict verdict(KnownPerson p, PersonMention m) {
        return verdict(p, m, positionKey(m.position()));
    }

    /** @param position the mention's position as {@link #positionKey} folds it */
    static Verdict verdict(KnownPerson p, PersonMention m, String position) {
        if (p.birthYear() != null && m.birthYear() != null) {
            return p.birthYear().equals(m.birthYear()) ? Verdict.SAME : Verdict.DIFFERENT;
        }
        if (m.communeKey() != null && p.communes().contains(m.communeKey())) {
            return Verdict.SAME;
        }
        if (position != null && p.positions().stream().anyMatch(known -> samePosition(known, position))) {
            return Verdict.SAME;
        }
        return Verdict.UNSURE;
    }

    /**
     * Two positions are the same when equal, or when one holds the other whole and that one is a
     * specific title ("uvbtv trưởng ban tổ chức huyện ủy" holds "trưởng ban tổ chức huyện ủy"; a bare
     * "bí thư" is too short to tell anyone apart).
     */
    static boolean samePosition(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.length() >= MIN_CONTAINED_POSITION && (" " + longer + " ").contains(" " + shorter + " ");
    }

    /** Characters a position must have to count when held inside a longer one. */
    static final int MIN_CONTAINED_POSITION = 16;

    static String nameKey(String name) {
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).trim()
                .replaceAll("\\s+", " ");
        return LegacyText.newStyleTones(nfc);
    }

    /** A position as compared: case, spacing, tone placement and punctuation folded; null when empty. */
    static String positionKey(String position) {
        if (position == null || position.isBlank()) {
            return null;
        }
        return nameKey(position.replaceAll("[.,;:()\\-–]", " "));
    }
}
