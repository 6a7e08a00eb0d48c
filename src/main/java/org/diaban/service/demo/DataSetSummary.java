package org.diaban.service.demo;

import java.time.Duration;

/** What a data set load left in the database, counted afterwards, and how long it took. */
public record DataSetSummary(long units, long reorganisations, long households, long cadres, long decisions,
                             long assignments, long activities, long concerns, long workingGroups,
                             Long batchId, Duration elapsed) {
}
