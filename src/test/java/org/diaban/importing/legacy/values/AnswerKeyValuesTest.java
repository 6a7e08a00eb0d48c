package org.diaban.importing.legacy.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The value rules against every record of the answer keys copied from the legacy fixture set: the
 * keys hold the cell texts (status, requests, positions) and the numbers (months, totals) the rules
 * must turn into the keys' values and warnings.
 */
class AnswerKeyValuesTest {

    private static JsonNode key(String file) throws IOException {
        try (InputStream in = AnswerKeyValuesTest.class.getResourceAsStream("/fixtures/legacy/" + file
                + ".expected.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static Set<Integer> rowsWith(JsonNode problems, String code) {
        Set<Integer> rows = new TreeSet<>();
        problems.forEach(p -> {
            if (p.get("code").asText().equals(code)) {
                rows.add(p.get("row").asInt());
            }
        });
        return rows;
    }

    private static String text(JsonNode record, String field) {
        JsonNode node = record.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sinh_hoat_chi_bo_HuuLung_2023.xlsx", "sinh_hoat_chi_bo_DinhLap_2022_VNI.xls",
        "loi_sinh_hoat_chi_bo_BacSon_2022.xls"})
    void attendanceTotalsNormsAndWarnings(String file) throws IOException {
        JsonNode key = key(file);
        NormTable norms = NormTable.defaults();
        Set<Integer> mismatchRows = new TreeSet<>();
        Set<Integer> assessmentRows = new TreeSet<>();
        for (JsonNode record : key.get("records")) {
            Level level = Level.parse(text(record, "cap"), "cap").value();
            assertEquals(record.get("dinh_muc").asInt(), norms.normFor(level));
            int[] months = new int[12];
            for (int m = 0; m < 12; m++) {
                months[m] = record.get("thang").get(m).asInt();
            }
            AttendanceTotals totals = AttendanceTotals.check(months, record.get("tong_trong_file").asInt(),
                    record.get("tong_la_cong_thuc").asBoolean(), text(record, "danh_gia_trong_file"),
                    norms.normFor(level));
            int row = record.get("row").asInt();
            assertEquals(record.get("tong").asInt(), totals.tong(), "row " + row);
            assertEquals(record.get("dat").asBoolean(), totals.dat(), "row " + row);
            for (ValueProblem warning : totals.warnings()) {
                (warning.code() == ProblemCode.TOTAL_MISMATCH ? mismatchRows : assessmentRows).add(row);
                if (warning.code() == ProblemCode.TOTAL_MISMATCH) {
                    assertEquals(record.get("tong_trong_file").asInt(), warning.value());
                }
            }
        }
        assertEquals(rowsWith(key.get("warnings"), "TOTAL_MISMATCH"), mismatchRows);
        assertEquals(rowsWith(key.get("warnings"), "ASSESSMENT_MISMATCH"), assessmentRows);
    }

    @ParameterizedTest
    @ValueSource(strings = {"so_theo_doi_lam_viec_BacSon_2023_TCVN3.xls"})
    void sessionStatusesAndRequestCounts(String file) throws IOException {
        JsonNode records = key(file).get("records");
        assertTrue(records.size() > 0);
        for (JsonNode record : records) {
            SessionStatus status = SessionStatus.fromText(text(record, "trang_thai_goc"));
            assertEquals(text(record, "trang_thai"), status == null ? null : status.key());
            assertEquals(record.get("so_kien_nghi").asInt(), CellLists.requestCount(text(record, "kien_nghi")),
                    "row " + record.get("row"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"to_cong_tac_HuuLung_2021.xlsx"})
    void leadersWhoAreStandingCommitteeMembers(String file) throws IOException {
        JsonNode key = key(file);
        List<Integer> notBtv = new ArrayList<>();
        for (JsonNode record : key.get("records")) {
            boolean btv = WorkingGroupCells.isStandingCommittee(text(record, "to_truong_chuc_vu"));
            assertEquals(record.get("to_truong_la_btv").asBoolean(), btv, text(record, "to_truong_chuc_vu"));
            if (!btv) {
                notBtv.add(record.get("row").asInt());
            }
            // the leader cell as the file writes it: "Đ/c NAME" then the position on a second line
            WorkingGroupCells.Person leader = WorkingGroupCells.leader("Đ/c " + text(record, "to_truong") + "\n"
                    + text(record, "to_truong_chuc_vu"));
            assertEquals(text(record, "to_truong"), leader.hoTen());
            assertEquals(text(record, "to_truong_chuc_vu"), leader.chucVu());
            // members as the file writes them: "1. NAME - POSITION", one per line
            List<WorkingGroupCells.Person> members = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            for (JsonNode member : record.get("thanh_vien")) {
                members.add(new WorkingGroupCells.Person(text(member, "ho_ten"), text(member, "chuc_vu")));
                cell.append(members.size()).append(". ").append(text(member, "ho_ten")).append(" - ")
                        .append(text(member, "chuc_vu")).append('\n');
            }
            assertEquals(members, WorkingGroupCells.members(cell.toString()));
        }
        assertEquals(List.copyOf(rowsWith(key.get("warnings"), "LEADER_NOT_BTV")), notBtv);
    }
}
