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
 */
public record PlaceResolution(String cellText, Status status, ResolvedPlace place, List<ResolvedPlace> successors,
                              String errorCode) {

    public static final String UNKNOWN_COMMUNE = "UNKNOWN_COMMUNE";
    public static final String UNKNOWN_VILLAGE = "UNKNOWN_VILLAGE";

    public enum Status { FOUND, SUPERSEDED, UNKNOWN }

    public PlaceResolution {
        successors = List.copyOf(successors);
    }

    static PlaceResolution found(String text, ResolvedPlace place) {
        return new PlaceResolution(text, Status.FOUND, place, List.of(), null);
    }

    static PlaceResolution superseded(String text, ResolvedPlace old, List<ResolvedPlace> successors) {
        return new PlaceResolution(text, Status.SUPERSEDED, old, successors, null);
    }

    static PlaceResolution unknown(String text, String code) {
        return new PlaceResolution(text, Status.UNKNOWN, null, List.of(), code);
    }

    public boolean isFound() {
        return status == Status.FOUND;
    }

    /** The place if found, otherwise empty. */
    public Optional<ResolvedPlace> found() {
        return isFound() ? Optional.of(place) : Optional.empty();
    }
}
