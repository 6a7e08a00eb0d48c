package org.diaban.domain.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A cadre in a working group, as leader (tổ trưởng) or member. */
@Entity
@Table(name = "working_group_member")
public class WorkingGroupMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "working_group_member_seq")
    @SequenceGenerator(name = "working_group_member_seq", sequenceName = "working_group_member_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "working_group_id", nullable = false)
    private WorkingGroup group;

    @Column(name = "cadre_id", nullable = false)
    private Long cadreId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkingGroupRole role;

    @Column(name = "position_text")
    private String positionText;

    protected WorkingGroupMember() {
    }

    WorkingGroupMember(WorkingGroup group, Long cadreId, WorkingGroupRole role, String positionText) {
        this.group = group;
        this.cadreId = cadreId;
        this.role = role;
        this.positionText = positionText;
    }

    public Long id() {
        return id;
    }

    public Long cadreId() {
        return cadreId;
    }

    public WorkingGroupRole role() {
        return role;
    }

    public String positionText() {
        return positionText;
    }
}
