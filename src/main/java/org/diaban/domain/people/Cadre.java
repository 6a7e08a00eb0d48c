package org.diaban.domain.people;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.diaban.domain.common.DomainException;

/**
 * A cadre (cán bộ): a party member who may hold committee positions and take charge of units.
 * Never identified by name: two cadres may share one; birth year and unit tell them apart.
 */
@Entity
@Table(name = "cadre")
public class Cadre {

    /** The width of the retirement reason column. */
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadre_seq")
    @SequenceGenerator(name = "cadre_seq", sequenceName = "cadre_seq", allocationSize = 50)
    private Long id;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    private String gender;

    @Column(name = "birth_year")
    private Integer birthYear;

    private String ethnicity;

    @Column(name = "home_unit_id")
    private Long homeUnitId;

    private String workplace;

    private String phone;

    private String note;

    @Column(name = "retired_on")
    private LocalDate retiredOn;

    @Column(name = "retired_reason")
    private String retiredReason;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @OneToMany(mappedBy = "cadre", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<CadrePosition> positions = new ArrayList<>();

    protected Cadre() {
    }

    public Cadre(CadreProfile profile) {
        this.createdAt = LocalDateTime.now();
        update(profile);
    }

    /** Replaces the personal details; the profile has already checked them. */
    public void update(CadreProfile profile) {
        Objects.requireNonNull(profile, "profile");
        this.fullName = profile.fullName();
        this.gender = profile.gender() == null ? null : profile.gender().name();
        this.birthYear = profile.birthYear();
        this.ethnicity = profile.ethnicity();
        this.homeUnitId = profile.homeUnitId();
        this.workplace = profile.workplace();
        this.phone = profile.phone();
        this.note = profile.note();
        this.updatedAt = LocalDateTime.now();
    }

    public CadreProfile profile() {
        return new CadreProfile(fullName, gender == null ? null : Gender.valueOf(gender), birthYear, ethnicity,
                homeUnitId, workplace, phone, note);
    }

    public Long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public Integer birthYear() {
        return birthYear;
    }

    public Long homeUnitId() {
        return homeUnitId;
    }

    public Optional<LocalDate> retiredOn() {
        return Optional.ofNullable(retiredOn);
    }

    public String retiredReason() {
        return retiredReason;
    }

    public boolean isActiveOn(LocalDate day) {
        return retiredOn == null || day.isBefore(retiredOn);
    }

    /**
     * The cadre stops working on {@code day} (retirement, transfer out of the province, death).
     * Open positions end the day before; the cadre stays in history.
     */
    public void retire(LocalDate day, String reason) {
        if (day == null) {
            throw new DomainException("cadre.error.retireDateRequired");
        }
        if (retiredOn != null) {
            throw new DomainException("cadre.error.alreadyRetired", fullName, retiredOn);
        }
        checkReason(reason);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        // a position starting on or after that day would end before it starts
        for (CadrePosition p : positions) {
            LocalDate from = p.range().from();
            if (from != null && !from.isBefore(day)) {
                throw new DomainException("cadre.error.retireBeforePositionStart", fullName, from);
            }
        }
        this.retiredOn = day;
        this.retiredReason = why;
        for (CadrePosition p : positions) {
            if (p.range().contains(day)) {
                p.endOn(day.minusDays(1));
            }
        }
        this.updatedAt = LocalDateTime.now();
    }

    /** The reason for a retirement is optional and at most 500 characters. */
    public static void checkReason(String reason) {
        if (reason != null && reason.strip().length() > MAX_REASON) {
            throw new DomainException("cadre.error.reasonTooLong", MAX_REASON);
        }
    }

    /** Undoes a retirement; positions ended by it stay ended and can be edited one by one. */
    public void reinstate() {
        this.retiredOn = null;
        this.retiredReason = null;
        this.updatedAt = LocalDateTime.now();
    }

    public List<CadrePosition> positions() {
        List<CadrePosition> sorted = new ArrayList<>(positions);
        sorted.sort(Comparator.comparing((CadrePosition p) -> p.range().from(),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        return Collections.unmodifiableList(sorted);
    }

    public List<CadrePosition> positionsOn(LocalDate day) {
        return positions.stream().filter(p -> p.range().contains(day)).toList();
    }

    public CadrePosition addPosition(PositionSpec spec) {
        CadrePosition position = new CadrePosition(this, spec);
        positions.add(position);
        this.updatedAt = LocalDateTime.now();
        return position;
    }

    public void changePosition(Long positionId, PositionSpec spec) {
        position(positionId).apply(spec);
        this.updatedAt = LocalDateTime.now();
    }

    public void removePosition(Long positionId) {
        positions.remove(position(positionId));
        this.updatedAt = LocalDateTime.now();
    }

    private CadrePosition position(Long positionId) {
        return positions.stream().filter(p -> Objects.equals(p.id(), positionId)).findFirst()
                .orElseThrow(() -> new DomainException("cadre.error.noSuchPosition", positionId));
    }

    /**
     * The Resolution 77 category on a day: the highest of the positions held then, or none if
     * the cadre held no position.
     */
    public Optional<CadreCategory> categoryOn(LocalDate day) {
        return PositionRules.categoryOf(positionsOn(day).stream().map(CadrePosition::kind).toList());
    }

    public Long importBatchId() {
        return importBatchId;
    }

    public void markImported(Long batchId) {
        this.importBatchId = batchId;
        positions.forEach(p -> p.markImported(batchId));
    }

    @Override
    public String toString() {
        return fullName + (birthYear == null ? "" : " (" + birthYear + ")");
    }
}
