package org.diaban.domain.hierarchy;

import org.diaban.domain.common.DateRange;

/**
 * A unit as it stood during one version: a flat, read-only view joined with its type and tier.
 * Queries produce these for the tree, the search and the reports.
 */
public record UnitState(Long unitId, String externalKey, Long versionId, Long parentId,
                        String typeCode, String typeNameVi, String typeNameEn, int typeSortOrder,
                        String tierCode, int tierRank, boolean territorial,
                        String name, String fullName, String officialCode,
                        String partyOrgName, String committeeName, String committeeCode,
                        DateRange range, DateRange lifetime) {

    public boolean isVillageTier() {
        return Tier.VILLAGE.equals(tierCode);
    }

    /** "Huyện ủy Hữu Lũng": the unit's party committee by name, or the unit's full name when it has none. */
    public String committeeOrUnitName() {
        return committeeName == null || committeeName.isBlank() ? fullName : committeeName;
    }

    public boolean isCommuneTier() {
        return Tier.COMMUNE.equals(tierCode);
    }
}
