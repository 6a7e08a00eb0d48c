package org.diaban.importing.legacy.commit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The user's answers to match questions: question key to the candidate's ref, or {@link #NEW}. */
public final class MatchAnswers {

    /** The answer "a different person": the row gets a cadre of its own. */
    public static final String NEW = "new";

    private final Map<String, String> answers;

    private MatchAnswers(Map<String, String> answers) {
        this.answers = Map.copyOf(answers);
    }

    public static MatchAnswers none() {
        return new MatchAnswers(Map.of());
    }

    /** These answers and one more (replacing an earlier answer to the same question). */
    public MatchAnswers with(String questionKey, String candidateRefOrNew) {
        Map<String, String> next = new LinkedHashMap<>(answers);
        next.put(questionKey, candidateRefOrNew);
        return new MatchAnswers(next);
    }

    public Optional<String> answer(String questionKey) {
        return Optional.ofNullable(answers.get(questionKey));
    }

    public Map<String, String> asMap() {
        return answers;
    }
}
