package org.diaban.importing.legacy.places;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of resolving one commune or village text.
 *
 * <ul>
 *   <li>{@link Status#FOUND}: {@code place} is the unit valid on the file's dates.</li>
 *   <li>{@link Status#SUPERSEDED}: the text names a unit of this district (or commune) that no
 *       longer existed on the file's dates; {@code place} is that old unit and {@code successors}
 *       the units that stood for it then (possibly several after a split, empty if dissolved).
 *       The importer decides (or asks the user) whether to accept one of them.</li>
 *   <li>{@link Status#UNKNOWN}: nothing of that name in scope; {@code errorCode} is
 *       {@code UNKNOWN_COMMUNE} or {@code UNKNOWN_VILLAGE}.</li>
 * </ul>
 * {@code alternatives} lists other units that matched the same text during the file's dates (a
 * name reused by a new unit within the period) and were not preferred: the UI may ask.
 */
public record PlaceResolution(String cellText, Status status, ResolvedPlace place, List<ResolvedPlace> successors,
                              List<ResolvedPlace> alternatives, String errorCode) {

    public static final String UNKNOWN_COMMUNE = "UNKNOWN_COMMUNE";
    public static final String UNKNOWN_VILLAGE = "UNKNOWN_VILLAGE";

    public enum Status { FOUND, SUPERSEDED, UNKNOWN }

    public PlaceResolution {
        successors = List.copyOf(successors);
        alternatives = List.copyOf(alternatives);
    }

    static PlaceResolution found(String text, ResolvedPlace place, List<ResolvedPlace> alternatives) {
        return new PlaceResolution(text, Status.FOUND, place, List.of(), alternatives, null);
    }

    static PlaceResolution superseded(String text, ResolvedPlace old, List<ResolvedPlace> successors) {
        return new PlaceResolution(text, Status.SUPERSEDED, old, successors, List.of(), null);
    }

    static PlaceResolution unknown(String text, String code) {
        return new PlaceResolution(text, Status.UNKNOWN, null, List.of(), List.of(), code);
    }

    /** Found, and no other unit of that name existed during the file's dates. */
    public boolean isCertain() {
        return isFound() && alternatives.isEmpty();
    }

    public boolean isFound() {
        return status == Status.FOUND;
    }

    /** The place if found, otherwise empty. */
    public Optional<ResolvedPlace> found() {
        return isFound() ? Optional.of(place) : Optional.empty();
    }
}
