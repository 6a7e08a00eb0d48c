package org.diaban.service.concerns;

/** A concern topic as the editor and the filters show it, with how many concerns carry it. */
public record TopicInfo(Long id, String code, String nameVi, String nameEn, boolean active, int sortOrder,
                        long uses) {

    public String name(boolean english) {
        return english ? nameEn : nameVi;
    }
}
