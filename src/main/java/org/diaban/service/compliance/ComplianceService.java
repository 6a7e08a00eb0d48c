package org.diaban.service.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diaban.domain.audit.AuditAction;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.common.DomainException;
import org.diaban.domain.compliance.AttendanceNorm;
import org.diaban.domain.compliance.NormPolicy;
import org.diaban.domain.compliance.Obligation;
import org.diaban.domain.compliance.Standing;
import org.diaban.domain.hierarchy.Tier;
import org.diaban.domain.hierarchy.UnitState;
import org.diaban.domain.text.VietnameseCollation;
import org.diaban.persistence.ComplianceRepository.Attendance;
import org.diaban.persistence.ComplianceRepository.SeatRow;
import org.diaban.persistence.Database;
import org.diaban.service.common.Clock;
import org.diaban.service.common.AuditLog;
import org.diaban.service.common.DataChanges;
import org.diaban.service.common.ReferenceData;
import org.diaban.service.hierarchy.HierarchyQueries;

/**
 * Regulation 1764 compliance for a calendar year: each committee member against the norm of the
 * committee's tier, judged pro rata as of today (or finally once the year or the seat is over).
 *
 * <p>Rules, beyond those of {@link Obligation}:
 * <ul>
 * <li>A chi-bộ meeting counts for a seat only if held while the cadre held it (from the start to
 * the end of the position, within the year): a member who joined in July owes and is credited only
 * for July to December; a district member whose seat ended on 30/6/2025 only for the first half.</li>
 * <li>The tier is that of the committee's unit as it stood on the last seat day of the year.</li>
 * <li>EACH_COMMITTEE: one row per cadre and committee; the same meeting counts for every committee
 * the cadre sat on that day. STRICTEST: one row per cadre, held to the highest yearly norm among
 * their committees over all days they sat on any of them; the row names the committee that set it.</li>
 * <li>A tier is abolished once every unit of it has ended (the district tier on 1/7/2025); rows of
 * such a tier carry the day, and with no norm left for their seat days they read TIER_ABOLISHED.</li>
 * </ul>
 * Two queries (seats, attendance) and work in memory.
 */
public final class ComplianceService {

    public static final String POLICY_SETTING = "compliance.norm_policy";

    private final Database db;
    private final ReferenceData reference;
    private final HierarchyQueries hierarchy;
    private final DataChanges changes;
    private final Clock clock;

    public ComplianceService(Database db, ReferenceData reference, HierarchyQueries hierarchy, DataChanges changes,
                             Clock clock) {
        this.db = db;
        this.reference = reference;
        this.hierarchy = hierarchy;
        this.changes = changes;
        this.clock = clock;
    }

    /** The policy in the settings; EACH_COMMITTEE when unset or unreadable. */
    public NormPolicy policy() {
        return db.read(s -> s.settings().get(POLICY_SETTING)).map(ComplianceService::parsePolicy)
                .orElse(NormPolicy.EACH_COMMITTEE);
    }

    /** Stores the policy and returns the one it replaced (for undo). */
    public NormPolicy setPolicy(NormPolicy policy) {
        NormPolicy previous = db.write(s -> {
            NormPolicy old = s.settings().get(POLICY_SETTING).map(ComplianceService::parsePolicy)
                    .orElse(NormPolicy.EACH_COMMITTEE);
            s.settings().put(POLICY_SETTING, policy.name());
            AuditLog.record(s, AuditAction.UPDATE, "Setting", null, "Norm policy: " + old + " -> " + policy);
            return old;
        });
        changes.publish(DataChanges.Topic.SETTINGS);
        return previous;
    }

    /** The unit with this external key (any time), for the scope of a report. */
    public Long scopeByKey(String externalKey) {
        return hierarchy.latestByKey(externalKey).map(UnitState::unitId)
                .orElseThrow(() -> new DomainException("compliance.error.unknownScope", externalKey));
    }

    /** The whole province for a year, under the policy in the settings. */
    public ComplianceReport report(int year) {
        return report(year, null);
    }

    /**
     * The list for a year, limited to committees at or under {@code scopeUnitId} (as the hierarchy
     * stood on each seat's last day in the year) when given.
     */
    public ComplianceReport report(int year, Long scopeUnitId) {
        LocalDate today = clock.today();
        LocalDate end = DateRange.year(year).to();
        return report(year, scopeUnitId, today.isAfter(end) ? end : today);
    }

    /**
     * The list for a year judged on {@code asOf} (a day of that year): a report for a past period
     * judges each member as things stood on the period's last day, pro rata up to it.
     */
    public ComplianceReport report(int year, Long scopeUnitId, LocalDate asOf) {
        DateRange period = DateRange.year(year);
        if (!period.contains(asOf)) {
            throw new IllegalArgumentException("Judging day " + asOf + " is not in " + year);
        }
        record Raw(List<SeatRow> seats, List<Attendance> attendance, Optional<String> policy) {
        }
        // judged on asOf: a meeting after it had not happened yet as things stood then
        Raw raw = db.read(s -> new Raw(s.compliance().committeeSeats(period),
                s.compliance().cellMeetingAttendance(DateRange.of(period.from(), asOf)),
                s.settings().get(POLICY_SETTING)));
        NormPolicy policy = raw.policy().map(ComplianceService::parsePolicy).orElse(NormPolicy.EACH_COMMITTEE);
        return new Computation(year, asOf, policy, scopeUnitId).run(raw.seats(), raw.attendance());
    }

    private static NormPolicy parsePolicy(String value) {
        try {
            return NormPolicy.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return NormPolicy.EACH_COMMITTEE;
        }
    }

    /** One run of the computation: the hierarchy and norm lookups it needs, built once. */
    private final class Computation {

        private final int year;
        private final LocalDate asOf;
        private final NormPolicy policy;
        private final Long scope;
        private final DateRange period;
        private final Map<Long, List<UnitState>> versions = new HashMap<>();
        private final Map<String, LocalDate> tierEnds;
        private final Map<Long, int[]> calendars = new HashMap<>();

        Computation(int year, LocalDate asOf, NormPolicy policy, Long scope) {
            this.year = year;
            this.asOf = asOf;
            this.policy = policy;
            this.scope = scope;
            this.period = DateRange.year(year);
            List<UnitState> states = hierarchy.allStates();
            for (UnitState s : states) {
                versions.computeIfAbsent(s.unitId(), k -> new ArrayList<>()).add(s);
            }
            this.tierEnds = tierEnds(states);
        }

        ComplianceReport run(List<SeatRow> seats, List<Attendance> attendance) {
            Map<Long, List<LocalDate>> meetings = new HashMap<>();
            for (Attendance a : attendance) {
                meetings.computeIfAbsent(a.cadreId(), k -> new ArrayList<>()).add(a.day());
            }
            // cadre -> committee -> seats, in a stable order
            Map<Long, Map<Long, List<SeatRow>>> byCadre = new LinkedHashMap<>();
            for (SeatRow s : seats) {
                byCadre.computeIfAbsent(s.cadreId(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(s.committeeUnitId(), k -> new ArrayList<>()).add(s);
            }
            List<ComplianceRow> rows = new ArrayList<>();
            Map<Long, ComplianceReport.Committee> committees = new HashMap<>();
            for (Map<Long, List<SeatRow>> perCommittee : byCadre.values()) {
                List<Seat> mine = new ArrayList<>();
                for (List<SeatRow> held : perCommittee.values()) {
                    Seat seat = seat(held);
                    if (seat != null && inScope(seat)) {
                        mine.add(seat);
                        committees.putIfAbsent(seat.committee().unitId(), committeeOf(seat.committee()));
                    }
                }
                if (mine.isEmpty()) {
                    continue;
                }
                List<LocalDate> attended = meetings.getOrDefault(mine.get(0).first().cadreId(), List.of());
                if (policy == NormPolicy.STRICTEST) {
                    rows.add(strictest(mine, attended));
                } else {
                    mine.forEach(s -> rows.add(row(s, List.of(s), normOf(s), attended)));
                }
            }
            List<ComplianceRow> ordered = ComplianceReport.sortedByNeed(rows);
            List<ComplianceReport.Committee> list = new ArrayList<>(committees.values());
            list.sort(Comparator.comparingInt(ComplianceReport.Committee::tierRank)
                    .thenComparing(VietnameseCollation.comparing(ComplianceReport.Committee::name)));
            return new ComplianceReport(year, asOf, policy, ordered, List.copyOf(list));
        }

        /** The seats of a cadre on one committee, clipped to the year and to the cadre's retirement. */
        private Seat seat(List<SeatRow> held) {
            SeatRow first = held.get(0);
            List<DateRange> ranges = new ArrayList<>();
            LocalDate last = null;
            SeatRow latest = first;
            for (SeatRow s : held) {
                LocalDate to = s.range().to();
                if (first.retiredOn() != null && (to == null || !to.isBefore(first.retiredOn()))) {
                    to = first.retiredOn().minusDays(1);
                }
                LocalDate from = s.range().from() == null || s.range().from().isBefore(period.from())
                        ? period.from() : s.range().from();
                LocalDate end = to == null || to.isAfter(period.to()) ? period.to() : to;
                if (end.isBefore(from)) {
                    continue;
                }
                ranges.add(DateRange.of(from, end));
                if (last == null || end.isAfter(last)) {
                    last = end;
                    latest = s;
                }
            }
            if (ranges.isEmpty()) {
                return null;
            }
            UnitState committee = stateOn(first.committeeUnitId(), last);
            if (committee == null) {
                return null;
            }
            return new Seat(first, latest, committee, ranges, last);
        }

        private boolean inScope(Seat seat) {
            if (scope == null) {
                return true;
            }
            UnitState u = seat.committee();
            for (int guard = 0; u != null && guard < 50; guard++) {
                if (u.unitId().equals(scope)) {
                    return true;
                }
                u = u.parentId() == null ? null : stateOn(u.parentId(), seat.lastDay());
            }
            return false;
        }

        private ComplianceRow strictest(List<Seat> seats, List<LocalDate> attended) {
            Seat setter = null;
            Norm setterNorm = null;
            List<DateRange> all = new ArrayList<>();
            for (Seat s : seats) {
                all.addAll(s.ranges());
                Norm n = normOf(s);
                if (n.norm() != null && (setterNorm == null || n.norm().meetingsPerYear()
                        > setterNorm.norm().meetingsPerYear())) {
                    setter = s;
                    setterNorm = n;
                }
            }
            if (setter == null) {
                return row(seats.get(0), seats, normOf(seats.get(0)), attended);
            }
            int meetings = setterNorm.norm().meetingsPerYear();
            return row(setter, seats, new Norm(setterNorm.norm(), day -> meetings), attended);
        }

        /** A row for {@code shown} (committee, tier, position), owing over the days of {@code seats}. */
        private ComplianceRow row(Seat shown, List<Seat> seats, Norm norm, List<LocalDate> meetings) {
            List<DateRange> ranges = new ArrayList<>();
            Set<Long> committeeIds = new LinkedHashSet<>();
            for (Seat s : seats) {
                ranges.addAll(s.ranges());
                committeeIds.add(s.committee().unitId());
            }
            Obligation ob = Obligation.of(year, ranges, norm.calendar(), asOf);
            int attended = 0;
            for (LocalDate day : meetings) {
                if (Obligation.within(ranges, day)) {
                    attended++;
                }
            }
            UnitState c = shown.committee();
            LocalDate abolished = tierEnds.get(c.tierCode());
            if (abolished != null && abolished.isAfter(period.to())) {
                abolished = null;
            }
            Standing standing = ob.required() == null
                    ? (abolished != null ? Standing.TIER_ABOLISHED : Standing.NO_NORM)
                    : Standing.of(ob.judge(attended));
            Tier tier = reference.tier(c.tierCode()).orElse(null);
            SeatRow latest = shown.latest();
            String title = latest.title() == null || latest.title().isBlank() ? null : latest.title();
            return new ComplianceRow(latest.cadreId(), latest.fullName(), latest.birthYear(), c.unitId(),
                    c.committeeOrUnitName(), c.tierCode(), tier == null ? c.tierCode() : tier.nameVi(),
                    tier == null ? c.tierCode() : tier.nameEn(), title, latest.kind(),
                    norm.norm() == null ? null : norm.norm().meetingsPerYear(),
                    norm.norm() == null ? null : norm.norm().legalBasis(), ob.required(), attended, standing,
                    ob.seatDays(), period.from().lengthOfYear(), abolished, policy, committeeIds);
        }

        /** The committee's tier norm per day, and the norm in force on the last seat day that had one. */
        private Norm normOf(Seat seat) {
            Long tierId = reference.tier(seat.committee().tierCode()).map(Tier::id).orElse(null);
            if (tierId == null) {
                return new Norm(null, d -> -1);
            }
            int[] cal = calendars.computeIfAbsent(tierId, t -> reference.norms().calendar(t, year));
            AttendanceNorm applied = null;
            for (int d = seat.lastDay().getDayOfYear() - 1; d >= 0 && applied == null; d--) {
                LocalDate day = period.from().plusDays(d);
                if (cal[d] >= 0 && Obligation.within(seat.ranges(), day)) {
                    applied = reference.norms().forTier(tierId, day).orElse(null);
                }
            }
            return new Norm(applied, d -> cal[d]);
        }

        private UnitState stateOn(Long unitId, LocalDate day) {
            List<UnitState> list = versions.get(unitId);
            if (list == null) {
                return null;
            }
            UnitState latest = null;
            for (UnitState s : list) {
                if (s.range().contains(day)) {
                    return s;
                }
                if (latest == null || s.range().from() != null && (latest.range().from() == null
                        || s.range().from().isAfter(latest.range().from()))) {
                    latest = s;
                }
            }
            return latest;
        }

        private ComplianceReport.Committee committeeOf(UnitState c) {
            return new ComplianceReport.Committee(c.unitId(), c.committeeOrUnitName(), c.tierCode(), c.tierRank());
        }
    }

    /** For each tier whose units have all ended, the day after the last one ended. */
    private static Map<String, LocalDate> tierEnds(Collection<UnitState> states) {
        Map<String, LocalDate> lastDay = new HashMap<>();
        Set<String> open = new java.util.HashSet<>();
        for (UnitState s : states) {
            LocalDate to = s.range().to();
            if (to == null) {
                open.add(s.tierCode());
            } else {
                lastDay.merge(s.tierCode(), to, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Map<String, LocalDate> out = new HashMap<>();
        lastDay.forEach((tier, day) -> {
            if (!open.contains(tier)) {
                out.put(tier, day.plusDays(1));
            }
        });
        return out;
    }

    /** A cadre's seats on one committee within the year, the committee as it stood on the last day. */
    private record Seat(SeatRow first, SeatRow latest, UnitState committee, List<DateRange> ranges, LocalDate lastDay) {
    }

    /** The norm shown for a row, and the meetings a year per day of the year it owes by. */
    private record Norm(AttendanceNorm norm, java.util.function.IntUnaryOperator calendar) {
    }
}
