package org.diaban.importing.legacy.commit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.diaban.importing.legacy.table.TableShape;

/** The people a record names, with what it says of them, in the answer-key field names. */
final class RecordPeople {

    private RecordPeople() {
    }

    /** The people named; a blank name (a working group without a leader) names nobody. */
    static List<PersonMention> of(TableShape shape, String fileName, Map<String, Object> record) {
        return named(shape, fileName, record).stream().filter(m -> m.name() != null && !m.name().isBlank()).toList();
    }

    private static List<PersonMention> named(TableShape shape, String fileName, Map<String, Object> record) {
        String sheet = (String) record.get("sheet");
        int row = ((Number) record.get("row")).intValue();
        return switch (shape) {
            case ASSIGNMENT_LIST, ATTENDANCE_MATRIX, WORK_SESSION_LOG -> List.of(new PersonMention(fileName, sheet, row,
                    0, text(record, "ho_ten"), integer(record, "nam_sinh"), text(record, "xa_id"),
                    text(record, "chuc_vu")));
            case HOUSEHOLD_FOLLOWUP -> List.of(new PersonMention(fileName, sheet, row, 0, text(record, "can_bo"), null,
                    text(record, "xa_id"), text(record, "chuc_vu")));
            case WORKING_GROUPS -> workingGroup(fileName, sheet, row, record);
        };
    }

    private static List<PersonMention> workingGroup(String fileName, String sheet, int row, Map<String, Object> r) {
        List<PersonMention> people = new ArrayList<>();
        people.add(new PersonMention(fileName, sheet, row, 0, text(r, "to_truong"), null, null,
                text(r, "to_truong_chuc_vu")));
        Object members = r.get("thanh_vien");
        if (members instanceof List<?> list) {
            int slot = 1;
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("ho_ten") instanceof String name) {
                    people.add(new PersonMention(fileName, sheet, row, slot++, name, null, null,
                            m.get("chuc_vu") instanceof String p ? p : null));
                }
            }
        }
        return people;
    }

    static String text(Map<String, Object> record, String field) {
        return record.get(field) instanceof String s ? s : null;
    }

    static Integer integer(Map<String, Object> record, String field) {
        return record.get(field) instanceof Number n ? n.intValue() : null;
    }
}
