package org.diaban.importing.legacy.commit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.diaban.domain.activity.Activity;
import org.diaban.domain.activity.ActivityKind;
import org.diaban.domain.activity.Concern;
import org.diaban.domain.activity.ConcernStatus;
import org.diaban.domain.activity.WorkingGroup;
import org.diaban.domain.assignment.Assignment;
import org.diaban.domain.assignment.AssignmentRole;
import org.diaban.domain.assignment.Decision;
import org.diaban.domain.assignment.DecisionKind;
import org.diaban.domain.common.DateRange;
import org.diaban.domain.hierarchy.Household;
import org.diaban.domain.people.Cadre;
import org.diaban.domain.people.CadreProfile;
import org.diaban.domain.people.CommitteeTerm;
import org.diaban.domain.people.PositionKind;
import org.diaban.domain.people.PositionSpec;
import org.diaban.domain.text.VietnameseText;
import org.diaban.importing.legacy.records.RecordSink;
import org.diaban.importing.legacy.table.TableShape;
import org.diaban.importing.legacy.values.CellLists;
import org.diaban.persistence.BulkWriter;
import org.diaban.persistence.ImportTables;
import org.diaban.persistence.ImportTables.HeldPosition;

/**
 * Stores the accepted records of one file in the import's transaction, every row marked with the
 * batch. What a record becomes:
 * <ul>
 * <li>assignment list: the cadre (with the committee position its category says, on the district
 * committee), the decision (one per number), an in-charge assignment of the commune and of each
 * village named, from the decision date (or 1 January of the file's year);</li>
 * <li>attendance matrix: one chi-bộ meeting per attendance at the chi bộ's village, on the date the
 * file gives or else the 15th of the month; the cadre's committee membership for that year when
 * no position says it;</li>
 * <li>work-session log: the work session, and one concern per request with the status written;</li>
 * <li>working groups: the group on the district committee with its leader, members and communes;</li>
 * <li>household follow-up: the household in its village and the cadre's assignment to it.</li>
 * </ul>
 */
final class BatchWriter implements RecordSink {

    /** A meeting whose day the file does not give is put mid-month. */
    static final int UNKNOWN_DAY = 15;

    private final ImportTables tables;
    private final BulkWriter bulk;
    private final long batchId;
    private final String fileName;
    private final PeopleMatcher people;
    private final UnitKeys units;
    private final List<CommitteeTerm> terms;
    private final Map<KnownPerson, Long> cadreIds = new HashMap<>();
    private final Set<Long> created = new HashSet<>();
    // the positions of each cadre this file touched: as stored before, and as added since
    private final Map<Long, List<HeldPosition>> positions = new HashMap<>();
    private final Set<Long> touched = new HashSet<>();
    private Map<String, Long> decisions;
    private final Map<String, Integer> stored = new TreeMap<>();
    private TableShape shape;
    private Long districtId;
    private int year;

    BatchWriter(ImportTables tables, long batchId, String fileName, PeopleMatcher people, UnitKeys units,
            List<CommitteeTerm> terms) {
        this.tables = tables;
        this.bulk = tables.rows();
        this.batchId = batchId;
        this.fileName = fileName;
        this.people = people;
        this.units = units;
        this.terms = terms;
    }

    @Override
    public void table(TableShape tableShape, String districtKey, int fileYear) {
        this.shape = tableShape;
        this.districtId = units.id(districtKey);
        this.year = fileYear;
    }

    @Override
    public void record(Map<String, Object> r) {
        switch (shape) {
            case ASSIGNMENT_LIST -> assignment(r);
            case ATTENDANCE_MATRIX -> attendance(r);
            case WORK_SESSION_LOG -> workSession(r);
            case WORKING_GROUPS -> workingGroup(r);
            case HOUSEHOLD_FOLLOWUP -> household(r);
        }
    }

    /** Rows stored so far by kind. */
    Map<String, Integer> stored() {
        bulk.flush();
        return stored;
    }

    private void assignment(Map<String, Object> r) {
        PersonMention who = RecordPeople.of(shape, fileName, r).get(0);
        Long cadre = cadreOf(who);
        LocalDate decided = date(r, "ngay_quyet_dinh");
        LocalDate from = decided != null ? decided : LocalDate.of(year, 1, 1);
        String category = RecordPeople.text(r, "cap_uy");
        if (category != null && districtId != null) {
            PositionKind kind = kindOf(category, who.position());
            ensurePosition(cadre, kind, districtId, from, who.position(), false);
        }
        Long decision = decision(RecordPeople.text(r, "so_quyet_dinh"), decided);
        List<String> villages = strings(r.get("thon_ids"));
        assign(cadre, units.id(RecordPeople.text(r, "xa_id")), from, decision);
        for (String village : villages) {
            assign(cadre, units.id(village), from, decision);
        }
    }

    private void assign(Long cadre, Long unit, LocalDate from, Long decision) {
        Assignment a = Assignment.toUnit(cadre, unit, AssignmentRole.IN_CHARGE, DateRange.startingOn(from), decision);
        a.markImported(batchId);
        bulk.insert(a);
        count("assignment");
    }

    private void attendance(Map<String, Object> r) {
        PersonMention who = RecordPeople.of(shape, fileName, r).get(0);
        Long cadre = cadreOf(who);
        String level = RecordPeople.text(r, "cap");
        Long committee = switch (level == null ? "" : level) {
            case "tinh" -> units.parentOf(districtId);
            case "huyen" -> districtId;
            case "xa" -> units.id(RecordPeople.text(r, "xa_id"));
            default -> null;
        };
        if (committee != null) {
            ensurePosition(cadre, memberKindOf(who.position()), committee, LocalDate.of(year, 1, 1), who.position(),
                    true);
        }
        Long place = units.id(RecordPeople.text(r, "thon_id"));
        if (place == null) {
            place = units.id(RecordPeople.text(r, "xa_id"));
        }
        List<LocalDate> dated = strings(r.get("ngay_du")).stream().map(LocalDate::parse).toList();
        List<?> months = r.get("thang") instanceof List<?> l ? l : List.of();
        String chiBo = RecordPeople.text(r, "chi_bo");
        for (int m = 1; m <= months.size(); m++) {
            int count = ((Number) months.get(m - 1)).intValue();
            int month = m;
            List<LocalDate> days = dated.stream().filter(d -> d.getMonthValue() == month).toList();
            for (int i = 0; i < count; i++) {
                LocalDate day = i < days.size() ? days.get(i)
                        : YearMonth.of(year, month).atDay(Math.min(UNKNOWN_DAY, YearMonth.of(year, month).lengthOfMonth()));
                Activity meeting = new Activity(ActivityKind.CELL_MEETING, day, place, null, List.of(cadre), chiBo);
                meeting.markImported(batchId);
                bulk.insert(meeting);
                count("activity");
            }
        }
    }

    private void workSession(Map<String, Object> r) {
        LocalDate day = date(r, "ngay");
        if (day == null) {
            count("session_without_date");
            return;
        }
        Long cadre = cadreOf(RecordPeople.of(shape, fileName, r).get(0));
        Long place = units.id(RecordPeople.text(r, "thon_id"));
        if (place == null) {
            place = units.id(RecordPeople.text(r, "xa_id"));
        }
        Activity session = new Activity(ActivityKind.WORK_SESSION, day, place, null, List.of(cadre),
                RecordPeople.text(r, "noi_dung"));
        session.setResult(RecordPeople.text(r, "ket_qua"));
        session.markImported(batchId);
        long sessionId = bulk.insert(session);
        count("activity");
        String requests = RecordPeople.text(r, "kien_nghi");
        if (requests == null) {
            return;
        }
        ConcernStatus status = statusOf(RecordPeople.text(r, "trang_thai"));
        for (String item : CellLists.requestItems(requests)) {
            Concern concern = new Concern(place, day, null, item, null, null);
            concern.raisedAt(sessionId, null, null);
            String note = RecordPeople.text(r, "ket_qua");
            if (status == ConcernStatus.RESOLVED) {
                concern.moveTo(ConcernStatus.RESOLVED, day, note);
            } else if (status != ConcernStatus.NEW) {
                concern.moveTo(status, day, note);
            }
            concern.markImported(batchId);
            bulk.insert(concern);
            count("concern");
        }
    }

    private void workingGroup(Map<String, Object> r) {
        Number formed = (Number) r.get("nam_thanh_lap");
        WorkingGroup group = new WorkingGroup(RecordPeople.text(r, "ten_to"), districtId,
                formed != null ? formed.intValue() : year, null, null);
        Set<Long> seen = new LinkedHashSet<>();
        for (PersonMention m : RecordPeople.of(shape, fileName, r)) {
            Long id = cadreOf(m);
            if (m.slot() == 0) {
                group.setLeader(id, m.position());
                seen.add(id);
            } else if (seen.add(id)) {
                group.addMember(id, m.position());
            }
        }
        group.setUnits(strings(r.get("xa_ids")).stream().map(units::id).filter(java.util.Objects::nonNull).toList());
        group.markImported(batchId);
        bulk.insert(group);
        count("working_group");
    }

    private void household(Map<String, Object> r) {
        Long cadre = cadreOf(RecordPeople.of(shape, fileName, r).get(0));
        Long village = units.id(RecordPeople.text(r, "thon_id"));
        if (village == null) {
            count("household_without_village");
            return;
        }
        Household h = new Household(village, RecordPeople.text(r, "chu_ho"), RecordPeople.integer(r, "nam_sinh"),
                RecordPeople.integer(r, "nhan_khau"), RecordPeople.text(r, "dien"));
        h.markImported(batchId);
        long household = bulk.insert(h);
        count("household");
        Assignment a = Assignment.toHousehold(cadre, household, AssignmentRole.IN_CHARGE,
                DateRange.startingOn(LocalDate.of(year, 1, 1)), null);
        a.markImported(batchId);
        bulk.insert(a);
        count("assignment");
    }

    /** The cadre of a person: a stored one, or one created (and marked) on their first row. */
    private Long cadreOf(PersonMention mention) {
        PeopleMatcher.Match match = people.match(mention);
        KnownPerson person = match.person();
        if (person.cadreId() != null) {
            return person.cadreId();
        }
        return cadreIds.computeIfAbsent(person, p -> {
            Cadre cadre = new Cadre(new CadreProfile(p.name(), null, mention.birthYear(), null,
                    null, null, null, null));
            cadre.markImported(batchId);
            long id = bulk.insert(cadre); // written before the rows that refer to it
            created.add(id);
            positions.put(id, new ArrayList<>());
            count("cadre");
            p.storedAs(id);
            return id;
        });
    }

    /**
     * Gives the cadre a position on the committee unless one of the same category covers the day.
     *
     * @param forYear the file attests the seat for its year only (attendance), not from the day on
     */
    private void ensurePosition(Long cadreId, PositionKind kind, Long committee, LocalDate from, String title,
            boolean forYear) {
        List<HeldPosition> held = positions.computeIfAbsent(cadreId, tables::positionsOf);
        if (held.stream().anyMatch(p -> p.committeeUnitId() == committee && p.kind().category() == kind.category()
                && p.range().contains(from))) {
            return;
        }
        CommitteeTerm term = CommitteeTerm.on(terms, from).orElse(null);
        LocalDate to = forYear ? LocalDate.of(from.getYear(), 12, 31) : term == null ? null : term.range().to();
        String shortTitle = title == null || title.length() <= PositionSpec.MAX_TITLE ? title
                : title.substring(0, PositionSpec.MAX_TITLE);
        PositionSpec spec = new PositionSpec(kind, committee, term == null ? null : term.id(), shortTitle,
                PositionSpec.period(from, to));
        bulk.insert(cadreId, spec, batchId);
        held.add(new HeldPosition(kind, committee, spec.range()));
        if (!created.contains(cadreId) && touched.add(cadreId)) {
            tables.touchCadre(cadreId); // a stored cadre changed, as the cadre form would mark it
        }
        count("position");
    }

    private Long decision(String symbol, LocalDate issued) {
        if (symbol == null || districtId == null) {
            return null;
        }
        if (decisions == null) {
            decisions = new HashMap<>();
            // the earliest decision of each symbol stands for it
            tables.decisionsIssuedBy(districtId).forEach(d -> decisions.putIfAbsent(symbolKey(d.symbol()), d.id()));
        }
        return decisions.computeIfAbsent(symbolKey(symbol), k -> {
            Decision d = new Decision(symbol, issued, districtId,
                    issued == null ? null : CommitteeTerm.on(terms, issued).map(CommitteeTerm::id).orElse(null),
                    DecisionKind.ASSIGNMENT, null);
            d.markImported(batchId);
            count("decision");
            return bulk.insert(d);
        });
    }

    /** A decision's symbol as two spellings of it compare equal. */
    private static String symbolKey(String symbol) {
        return VietnameseText.fold(symbol).replaceAll("\\s+", "");
    }

    static PositionKind kindOf(String category, String position) {
        return switch (category) {
            case "BTV" -> {
                PositionKind k = memberKindOf(position);
                yield k == PositionKind.EXECUTIVE_MEMBER ? PositionKind.STANDING_MEMBER : k;
            }
            case "BCH" -> PositionKind.EXECUTIVE_MEMBER;
            default -> PositionKind.LEADER_MANAGER;
        };
    }

    /** A committee member's kind from the position's words: secretary, deputy, standing member, member. */
    static PositionKind memberKindOf(String position) {
        String p = position == null ? "" : VietnameseText.fold(position).toLowerCase(Locale.ROOT);
        if (p.contains("pho bi thu")) {
            return PositionKind.DEPUTY_SECRETARY;
        }
        if (p.startsWith("bi thu") || p.contains(" bi thu ")) {
            return PositionKind.SECRETARY;
        }
        if (p.contains("uvbtv") || p.contains("thuong vu")) {
            return PositionKind.STANDING_MEMBER;
        }
        return PositionKind.EXECUTIVE_MEMBER;
    }

    static ConcernStatus statusOf(String key) {
        if (key == null) {
            return ConcernStatus.NEW;
        }
        return switch (key) {
            case "da_giai_quyet" -> ConcernStatus.RESOLVED;
            case "dang_giai_quyet" -> ConcernStatus.IN_PROGRESS;
            case "chuyen_cap_tren" -> ConcernStatus.ESCALATED;
            default -> ConcernStatus.NEW;
        };
    }

    private void count(String kind) {
        stored.merge(kind, 1, Integer::sum);
    }

    private static LocalDate date(Map<String, Object> r, String field) {
        String text = RecordPeople.text(r, field);
        return text == null ? null : LocalDate.parse(text);
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(o -> {
                if (o != null) {
                    out.add(o.toString());
                }
            });
        }
        return out;
    }
}
