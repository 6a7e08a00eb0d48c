package org.diaban.service.activity;

import java.time.LocalDate;

/**
 * A working group in the list of its committee.
 *
 * @param leaderStanding whether the leader is a BTV member of the committee on the day it was formed
 * @param activities     the activities done under the group (deleted ones not counted)
 * @param decision       the symbol of the decision that formed it ("107-QĐ/HU"), or null
 */
public record GroupRow(Long id, String name, String committee, int year, LocalDate formedOn, LocalDate dissolvedOn,
                       String leader,
                       boolean leaderStanding, int memberCount, String communes, long activities,
                       String decision) {
}
