package org.diaban.domain.hierarchy;

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
import org.diaban.domain.common.DateRange;
import org.diaban.domain.common.DomainException;

/**
 * A territorial unit or party cell with a lasting identity. Names, type, parent and party
 * organisation change over time, so they live in {@link UnitVersion}s; a unit never changes its
 * external key, which is how imports and the command line refer to it.
 */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "external_key", nullable = false, unique = true)
    private String externalKey;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    private String note;

    @Column(name = "created_by_reorganisation_id")
    private Long createdByReorganisationId;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<UnitVersion> versions = new ArrayList<>();

    protected Unit() {
    }

    /** A new unit whose first version starts on {@code validFrom} (null: since before records). */
    public Unit(String externalKey, LocalDate validFrom, UnitDescription description, Long parentId) {
        this.externalKey = requireKey(externalKey);
        this.validFrom = validFrom;
        this.createdAt = LocalDateTime.now();
        this.updatedAt = createdAt;
        versions.add(new UnitVersion(this, DateRange.startingOn(validFrom), parentId, description));
    }

    /** Whether {@code key} has the form of an external key: lower-case ASCII, digits, dots and hyphens. */
    public static boolean isWellFormedKey(String key) {
        return key != null && key.matches("[a-z0-9][a-z0-9._-]*");
    }

    static String requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new DomainException("unit.error.keyRequired");
        }
        if (!isWellFormedKey(key)) {
            throw new DomainException("unit.error.keyFormat", key);
        }
        return key;
    }

    public Long id() {
        return id;
    }

    public String externalKey() {
        return externalKey;
    }

    public DateRange lifetime() {
        return new DateRange(validFrom, validTo);
    }

    public boolean existsOn(LocalDate day) {
        return lifetime().contains(day);
    }

    public String note() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
        touch();
    }

    public Long createdByReorganisationId() {
        return createdByReorganisationId;
    }

    public void markCreatedBy(Long reorganisationId) {
        this.createdByReorganisationId = reorganisationId;
        versions.forEach(v -> v.markCreatedBy(reorganisationId));
    }

    public Long importBatchId() {
        return importBatchId;
    }

    public void markImported(Long batchId) {
        this.importBatchId = batchId;
        versions.forEach(v -> v.markImported(batchId));
    }

    public List<UnitVersion> versions() {
        List<UnitVersion> sorted = new ArrayList<>(versions);
        sorted.sort(Comparator.comparing(UnitVersion::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())));
        return Collections.unmodifiableList(sorted);
    }

    public Optional<UnitVersion> versionOn(LocalDate day) {
        return versions.stream().filter(v -> v.range().contains(day)).findFirst();
    }

    /** The newest version: the current one for a unit that still exists, the last one otherwise. */
    public UnitVersion latestVersion() {
        List<UnitVersion> sorted = versions();
        return sorted.get(sorted.size() - 1);
    }

    /**
     * Starts a new version on {@code day} with a changed description or parent (rename, change of
     * type, move). The version valid the day before ends then. Only the latest version can be
     * split, so history is never rewritten silently.
     */
    public UnitVersion changeFrom(LocalDate day, UnitDescription description, Long parentId) {
        Objects.requireNonNull(day, "day");
        if (parentId != null && parentId.equals(id)) {
            throw new DomainException("unit.error.ownParent");
        }
        if (!existsOn(day)) {
            throw new DomainException("unit.error.notExistingOn", externalKey, day);
        }
        UnitVersion current = latestVersion();
        if (!current.range().contains(day)) {
            throw new DomainException("unit.error.changeNotInLatestVersion", externalKey, day);
        }
        if (current.validFrom() != null && !day.isAfter(current.validFrom())) {
            throw new DomainException("unit.error.changeOnVersionStart", externalKey, day);
        }
        LocalDate end = current.validTo();
        current.endOn(day.minusDays(1));
        UnitVersion next = new UnitVersion(this, new DateRange(day, end), parentId, description);
        versions.add(next);
        touch();
        return next;
    }

    /** Reverses {@link #changeFrom}: removes the latest version and extends the one before it. */
    public void dropLatestVersion() {
        if (versions.size() < 2) {
            throw new DomainException("unit.error.onlyOneVersion", externalKey);
        }
        UnitVersion latest = latestVersion();
        versions.remove(latest);
        latestVersion().endOn(latest.validTo());
        touch();
    }

    /** The unit ceases to exist after {@code lastDay}: retired, merged away or dissolved. */
    public void endOn(LocalDate lastDay) {
        Objects.requireNonNull(lastDay, "lastDay");
        if (validFrom != null && lastDay.isBefore(validFrom)) {
            throw new DomainException("unit.error.endsBeforeStart", externalKey, lastDay);
        }
        if (versions.stream().anyMatch(v -> v.validFrom() != null && v.validFrom().isAfter(lastDay))) {
            throw new DomainException("unit.error.laterVersions", externalKey, lastDay);
        }
        this.validTo = lastDay;
        versions.stream().filter(v -> v.range().contains(lastDay)).forEach(v -> v.endOn(lastDay));
        touch();
    }

    /** Undoes {@link #endOn}: the unit and its last version are open again (or end as before). */
    public void reopen(LocalDate previousEnd) {
        if (previousEnd != null && validTo != null && previousEnd.isBefore(validTo)) {
            throw new DomainException("unit.error.reopenEarlier", externalKey);
        }
        LocalDate oldEnd = validTo;
        this.validTo = previousEnd;
        UnitVersion latest = latestVersion();
        if (Objects.equals(latest.validTo(), oldEnd)) {
            latest.endOn(previousEnd);
        }
        touch();
    }

    /** Corrects the facts of one version in place (a typo, a missing code), without a new period. */
    public void correct(Long versionId, UnitDescription description, Long parentId) {
        if (parentId != null && parentId.equals(id)) {
            throw new DomainException("unit.error.ownParent");
        }
        UnitVersion version = versions.stream().filter(v -> Objects.equals(v.id(), versionId)).findFirst()
                .orElseThrow(() -> new DomainException("unit.error.noSuchVersion", externalKey, versionId));
        version.describe(description, parentId);
        touch();
    }

    private void touch() {
        this.updatedAt = LocalDateTime.now();
    }

    @Override
    public String toString() {
        return externalKey;
    }
}
