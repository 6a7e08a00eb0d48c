package org.diaban.domain.hierarchy;

import org.diaban.domain.common.DomainException;

/**
 * What a unit is called and which party organisation it carries during one period.
 *
 * @param partyOrgName   the đảng bộ or chi bộ, e.g. "Đảng bộ huyện Hữu Lũng"
 * @param committeeName  its committee, e.g. "Huyện ủy Hữu Lũng"
 * @param committeeCode  the committee's code in document symbols: TU, HU, ĐU (none for a chi bộ)
 */
public record UnitDescription(Long unitTypeId, String name, String fullName, String officialCode,
                              String partyOrgName, String committeeName, String committeeCode) {

    public UnitDescription {
        if (unitTypeId == null) {
            throw new DomainException("unit.error.typeRequired");
        }
        name = trimToNull(name);
        if (name == null) {
            throw new DomainException("unit.error.nameRequired");
        }
        fullName = trimToNull(fullName);
        if (fullName == null) {
            fullName = name;
        }
        officialCode = trimToNull(officialCode);
        partyOrgName = trimToNull(partyOrgName);
        committeeName = trimToNull(committeeName);
        committeeCode = trimToNull(committeeCode);
    }

    public UnitDescription withName(String newName, String newFullName) {
        return new UnitDescription(unitTypeId, newName, newFullName, officialCode, partyOrgName, committeeName,
                committeeCode);
    }

    private static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
