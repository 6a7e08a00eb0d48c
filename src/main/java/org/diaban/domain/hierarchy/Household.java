package org.diaban.domain.hierarchy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.text.VietnameseText;

/** A household in a village, which a cadre may be assigned to follow. */
@Entity
@Table(name = "household")
public class Household {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_seq")
    @SequenceGenerator(name = "household_seq", sequenceName = "household_seq", allocationSize = 50)
    private Long id;

    @Column(name = "village_id", nullable = false)
    private Long villageId;

    @Column(name = "head_name", nullable = false)
    private String headName;

    @Column(name = "head_birth_year")
    private Integer headBirthYear;

    private Integer members;

    /** binh_thuong, ho_ngheo, ho_can_ngheo, ho_chinh_sach, ho_kho_khan, ... */
    private String category;

    private String address;

    private String note;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected Household() {
    }

    public Household(Long villageId, String headName, Integer headBirthYear, Integer members, String category) {
        if (villageId == null) {
            throw new DomainException("household.error.villageRequired");
        }
        String name = VietnameseText.clean(headName);
        if (name == null || name.isEmpty()) {
            throw new DomainException("household.error.headRequired");
        }
        if (members != null && members < 0) {
            throw new DomainException("household.error.negativeMembers", members);
        }
        this.villageId = villageId;
        this.headName = name;
        this.headBirthYear = headBirthYear;
        this.members = members;
        this.category = category;
    }

    public Long id() {
        return id;
    }

    public Long villageId() {
        return villageId;
    }

    public String headName() {
        return headName;
    }

    public Integer headBirthYear() {
        return headBirthYear;
    }

    public Integer members() {
        return members;
    }

    public String category() {
        return category;
    }

    public String address() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String note() {
        return note;
    }

    public DateRange range() {
        return new DateRange(validFrom, validTo);
    }

    public Long importBatchId() {
        return importBatchId;
    }

    public void markImported(Long batchId) {
        this.importBatchId = batchId;
    }
}
