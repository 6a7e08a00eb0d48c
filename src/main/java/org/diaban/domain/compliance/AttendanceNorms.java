package org.diaban.domain.compliance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The set of dated norms, answering "what did a member of this tier owe in that year?". */
public final class AttendanceNorms {

    private final List<AttendanceNorm> norms;

    public AttendanceNorms(Collection<AttendanceNorm> norms) {
        this.norms = List.copyOf(norms);
    }

    /** The norm valid on {@code day} for the tier, if any (the district tier has none after its end). */
    public Optional<AttendanceNorm> forTier(Long tierId, LocalDate day) {
        return norms.stream().filter(n -> n.tierId().equals(tierId) && n.range().contains(day))
                .max((a, b) -> compareStart(a.range().from(), b.range().from()));
    }

    /**
     * The meetings a member of the tier owes for a calendar year: the norm in force on the last
     * day of the year that the tier had one (a norm ending mid-year still binds that year).
     */
    public Optional<Integer> requiredInYear(Long tierId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        for (LocalDate day = LocalDate.of(year, 12, 31); !day.isBefore(first); day = day.minusMonths(1)) {
            Optional<AttendanceNorm> norm = forTier(tierId, day);
            if (norm.isPresent()) {
                return Optional.of(norm.get().meetingsPerYear());
            }
        }
        return forTier(tierId, first).map(AttendanceNorm::meetingsPerYear);
    }

    /**
     * The meetings per year in force for the tier on each day of {@code year} (0-based day
     * index), -1 where no norm was in force: one lookup per day for yearly computations.
     */
    public int[] calendar(Long tierId, int year) {
        LocalDate day = LocalDate.of(year, 1, 1);
        int[] out = new int[day.lengthOfYear()];
        for (int d = 0; d < out.length; d++, day = day.plusDays(1)) {
            out[d] = forTier(tierId, day).map(AttendanceNorm::meetingsPerYear).orElse(-1);
        }
        return out;
    }

    private static int compareStart(LocalDate a, LocalDate b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        return b == null ? 1 : a.compareTo(b);
    }
}
