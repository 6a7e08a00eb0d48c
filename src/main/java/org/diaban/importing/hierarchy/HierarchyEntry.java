package org.diaban.importing.hierarchy;

/**
 * One unit of a hierarchy file, as the file states it, with the names of its party organisation
 * completed by the usual rule where the file is silent.
 *
 * @param path where the unit is in the file ("$.province.districts[0]"), for messages
 */
public record HierarchyEntry(String key, String parentKey, String typeCode, String name, String fullName,
                             String partyOrgName, String committeeName, String committeeCode, String path) {
}
