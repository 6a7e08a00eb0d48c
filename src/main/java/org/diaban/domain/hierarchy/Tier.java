package org.diaban.domain.hierarchy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A tier of the hierarchy (tỉnh, huyện, xã, thôn). Tiers are data: the 2025 reform removed one. */
@Entity
@Table(name = "tier")
public class Tier {

    public static final String PROVINCE = "tinh";
    public static final String DISTRICT = "huyen";
    public static final String COMMUNE = "xa";
    public static final String VILLAGE = "thon";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tier_seq")
    @SequenceGenerator(name = "tier_seq", sequenceName = "tier_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "rank_order", nullable = false)
    private int rank;

    protected Tier() {
    }

    public Tier(String code, String nameVi, String nameEn, int rank) {
        this.code = code;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.rank = rank;
    }

    /** Reference rows carry fixed ids (see the V2 migration); tests build them the same way. */
    public Tier(Long id, String code, String nameVi, String nameEn, int rank) {
        this(code, nameVi, nameEn, rank);
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

    /** 1 for the top tier; deeper tiers have larger ranks. */
    public int rank() {
        return rank;
    }

    @Override
    public String toString() {
        return code;
    }
}
