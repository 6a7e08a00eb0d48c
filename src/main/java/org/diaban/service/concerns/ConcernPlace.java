package org.diaban.service.concerns;

/** A place a concern can be raised at, labelled so that villages of the same name are told apart. */
public record ConcernPlace(Long unitId, String label) {
}
