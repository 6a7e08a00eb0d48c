package org.diaban.domain.activity;

/** Kinds of field activity tracked under Resolution 77 and Regulation 1764. */
public enum ActivityKind {
    /** Buổi làm việc at a commune or village. */
    WORK_SESSION,
    /** Dự sinh hoạt chi bộ: attending a party-cell meeting (counts towards the 1764 norm). */
    CELL_MEETING,
    /** Đối thoại trực tiếp with residents. */
    DIALOGUE,
    HOUSEHOLD_VISIT,
    SURVEY
}
