package org.diaban.service.hierarchy;

/** The editable facts of a unit version, as a form or a file gives them. */
public record UnitEdit(String typeCode, String name, String fullName, String officialCode, String partyOrgName,
                       String committeeName, String committeeCode, Long parentId) {

    public UnitEdit withParent(Long newParentId) {
        return new UnitEdit(typeCode, name, fullName, officialCode, partyOrgName, committeeName, committeeCode,
                newParentId);
    }

    public UnitEdit withName(String newName, String newFullName) {
        return new UnitEdit(typeCode, newName, newFullName, officialCode, partyOrgName, committeeName,
                committeeCode, parentId);
    }
}
