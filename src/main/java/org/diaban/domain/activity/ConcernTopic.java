package org.diaban.domain.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An editable topic of concerns: land clearance, policies, projects, infrastructure, ... */
@Entity
@Table(name = "concern_topic")
public class ConcernTopic {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concern_topic_seq")
    @SequenceGenerator(name = "concern_topic_seq", sequenceName = "concern_topic_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ConcernTopic() {
    }

    public ConcernTopic(String code, String nameVi, String nameEn, int sortOrder) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.active = true;
        this.sortOrder = sortOrder;
    }

    public void rename(String vi, String en) {
        if (vi == null || vi.isBlank()) {
            throw new org.diaban.domain.common.DomainException("concerns.error.topicNameRequired");
        }
        this.nameVi = vi.strip();
        this.nameEn = en == null || en.isBlank() ? this.nameVi : en.strip();
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean active() {
        return active;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
