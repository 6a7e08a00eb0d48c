package org.diaban.domain.hierarchy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A kind of unit: tỉnh, huyện, xã, phường, thôn, tổ dân phố, a non-territorial chi bộ, ... */
@Entity
@Table(name = "unit_type")
public class UnitType {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_type_seq")
    @SequenceGenerator(name = "unit_type_seq", sequenceName = "unit_type_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "tier_id", nullable = false)
    private Long tierId;

    @Column(nullable = false)
    private boolean territorial;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected UnitType() {
    }

    public UnitType(String code, String nameVi, String nameEn, Long tierId, boolean territorial, int sortOrder) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.tierId = tierId;
        this.territorial = territorial;
        this.sortOrder = sortOrder;
    }

    /** Reference rows carry fixed ids (see the V2 migration); tests build them the same way. */
    public UnitType(Long id, String code, String nameVi, String nameEn, Long tierId, boolean territorial, int sortOrder) {
        this(code, nameVi, nameEn, tierId, territorial, sortOrder);
        this.id = id;
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

    public Long tierId() {
        return tierId;
    }

    public boolean territorial() {
        return territorial;
    }

    public int sortOrder() {
        return sortOrder;
    }

    @Override
    public String toString() {
        return code;
    }
}
