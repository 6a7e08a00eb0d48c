package org.diaban.service.hierarchy;

import java.time.LocalDate;
import java.util.List;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.hierarchy.ReorganisationKind;
import org.diaban.domain.hierarchy.UnitState;

/**
 * What the details panel shows for a unit on a day: the version valid then, its place in the
 * tree, its history, the reorganisations it took part in, who is assigned there, and households.
 */
public record UnitDetails(LocalDate day, UnitState state, List<UnitState> path, List<UnitState> versions,
                          List<ReorganisationView> reorganisations, NodeFigures figures,
                          List<AssignmentView> assignments, long householdCount, List<HouseholdView> households) {

    /** A reorganisation as the panel lists it, with unit names instead of ids. */
    public record ReorganisationView(Long id, ReorganisationKind kind, LocalDate effectiveOn, String legalBasis,
                                     List<String> predecessors, List<String> successors) {
    }

    /** A cadre assigned to the unit (or to one of its households); a cancelled one is listed but counts not. */
    public record AssignmentView(Long id, Long cadreId, String cadreName, AssignmentRole role, DateRange range,
                                 String decisionSymbol, String householdHead, boolean cancelled) {
    }

    public record HouseholdView(Long id, String headName, Integer birthYear, Integer members, String category) {
    }
}
