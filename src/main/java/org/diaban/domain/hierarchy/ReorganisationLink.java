package org.diaban.domain.hierarchy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One unit taking part in a reorganisation, as predecessor or successor. */
@Embeddable
public class ReorganisationLink {

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReorganisationRole role;

    protected ReorganisationLink() {
    }

    public ReorganisationLink(Long unitId, ReorganisationRole role) {
        this.unitId = Objects.requireNonNull(unitId, "unitId");
        this.role = Objects.requireNonNull(role, "role");
    }

    public Long unitId() {
        return unitId;
    }

    public ReorganisationRole role() {
        return role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReorganisationLink other && unitId.equals(other.unitId) && role == other.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unitId, role);
    }
}
