package org.diaban.domain.people;

/** A position a cadre holds on a committee. */
public enum PositionKind {
    SECRETARY(CadreCategory.BTV),
    DEPUTY_SECRETARY(CadreCategory.BTV),
    STANDING_MEMBER(CadreCategory.BTV),
    EXECUTIVE_MEMBER(CadreCategory.BCH),
    LEADER_MANAGER(CadreCategory.LDQL);

    private final CadreCategory category;

    PositionKind(CadreCategory category) {
        this.category = category;
    }

    /** The Resolution 77 category the position puts a cadre in. */
    public CadreCategory category() {
        return category;
    }

    /** Whether the holder sits on the committee (cấp ủy viên) and so is held to the 1764 norm. */
    public boolean isCommitteeMember() {
        return category != CadreCategory.LDQL;
    }
}
