package org.diaban.persistence;

import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.people.PositionKind;
import org.hibernate.Session;

/**
 * The two reads behind the Regulation 1764 compliance list: committee seats overlapping a
 * period, and chi-bộ meeting attendance within it. Both are flat rows, no entities loaded.
 */
public final class ComplianceRepository {

    private final Session session;

    ComplianceRepository(Session session) {
        this.session = session;
    }

    /** Positions of committee members (not leaders/managers) that overlap the period, with the cadre's name. */
    public List<SeatRow> committeeSeats(DateRange period) {
        List<PositionKind> kinds = Arrays.stream(PositionKind.values()).filter(PositionKind::isCommitteeMember).toList();
        return session.createSelectionQuery("""
                select c.id, c.fullName, c.birthYear, c.retiredOn, p.kind, p.committeeUnitId, p.title,
                       p.validFrom, p.validTo
                from CadrePosition p join p.cadre c
                where p.kind in :kinds
                  and (p.validFrom is null or p.validFrom <= :last) and (p.validTo is null or p.validTo >= :first)
                """, Tuple.class).setParameter("kinds", kinds)
                .setParameter("first", period.from()).setParameter("last", period.to()).getResultList().stream()
                .map(t -> new SeatRow(t.get(0, Long.class), t.get(1, String.class), t.get(2, Integer.class),
                        t.get(3, LocalDate.class), t.get(4, PositionKind.class), t.get(5, Long.class),
                        t.get(6, String.class), new DateRange(t.get(7, LocalDate.class), t.get(8, LocalDate.class))))
                .toList();
    }

    /**
     * Every (cadre, day) of attendance at a chi-bộ meeting within the period; deleted records do
     * not count. Plain JDBC: the activity index on (kind, held_on, retired_at) answers the join,
     * and tens of thousands of rows map several times faster than through a query's tuples.
     */
    public List<Attendance> cellMeetingAttendance(DateRange period) {
        List<Attendance> out = new ArrayList<>();
        for (Object[] r : PeriodRows.read(session, """
                select p.cadre_id, a.held_on from activity a join activity_participant p on p.activity_id = a.id
                where a.kind = 'CELL_MEETING' and a.held_on between :first and :last and a.retired_at is null""",
                period)) {
            out.add(new Attendance(((Number) r[0]).longValue(), (LocalDate) r[1]));
        }
        return out;
    }

    /** One committee position of a cadre. */
    public record SeatRow(Long cadreId, String fullName, Integer birthYear, LocalDate retiredOn, PositionKind kind,
                          Long committeeUnitId, String title, DateRange range) {
    }

    /** A cadre at a chi-bộ meeting on a day. */
    public record Attendance(Long cadreId, LocalDate day) {
    }
}
