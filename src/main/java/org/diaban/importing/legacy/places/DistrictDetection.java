package org.diaban.importing.legacy.places;

import java.util.List;
import java.util.Optional;

/** The districts a title block names, most likely first. */
public record DistrictDetection(List<DistrictCandidate> candidates) {

    /** A candidate at least this confident, with no rival as confident, is taken without asking. */
    public static final double CERTAIN = 0.8;

    public DistrictDetection {
        candidates = List.copyOf(candidates);
    }

    public Optional<DistrictCandidate> best() {
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
    }

    /** True when the best candidate is certain and no other one comes close: no need to ask the user. */
    public boolean isCertain() {
        if (candidates.isEmpty() || candidates.get(0).confidence() < CERTAIN) {
            return false;
        }
        return candidates.size() == 1 || candidates.get(1).confidence() < CERTAIN;
    }
}
