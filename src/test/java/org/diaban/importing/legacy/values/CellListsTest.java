package org.diaban.importing.legacy.values;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellListsTest {

    @Test
    void villagesSeparatedByCommasSemicolonsOrLineBreaks() {
        assertEquals(List.of("Đồng Tiến", "Nà Pàn", "Khuổi Cuồng"), CellLists.names("Đồng Tiến, Nà Pàn,Khuổi Cuồng"));
        assertEquals(List.of("Đồng Tiến", "Nà Pàn"), CellLists.names("Đồng Tiến; Nà Pàn;"));
        assertEquals(List.of("Thôn Đồng Tiến", "Thôn Nà Pàn"), CellLists.names("Thôn Đồng Tiến\nThôn Nà Pàn\r\n\n"));
        assertEquals(List.of("Đồng Tiến", "Nà Pàn", "Bản Quyền"),
                CellLists.names(" Đồng  Tiến ,\u00a0Nà Pàn\n Bản Quyền ;, "));
        assertEquals(List.of(), CellLists.names(null));
        assertEquals(List.of(), CellLists.names("  "));
    }

    @Test
    void requestsAreBulletLines() {
        // so_theo_doi_lam_viec_BacSon_2023_TCVN3.xls
        assertEquals(3, CellLists.requestCount("- Phản ánh xe chở vật liệu làm hỏng đường thôn\n"
                + "- Đề nghị sửa chữa nhà văn hoá thôn\n"
                + "- Kiến nghị đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất"));
        assertEquals(2, CellLists.requestCount("- Đề nghị hỗ trợ giống cây hồi, quế\n"
                + "- Đề nghị lắp đèn chiếu sáng đường trục thôn"));
        assertEquals(1, CellLists.requestCount("Đề nghị lắp đèn chiếu sáng đường trục thôn"));
        assertEquals(1, CellLists.requestCount("Đề nghị hỗ trợ giống cây hồi, quế"));
        // a bullet line that runs onto a second line is still one request
        assertEquals(2, CellLists.requestCount("- Đề nghị sửa đường\n  trục thôn\n- Đề nghị lắp đèn"));
    }

    @Test
    void requestsSeparatedBySemicolons() {
        assertEquals(3, CellLists.requestCount("Đề nghị sửa đường; Đề nghị lắp đèn; Đề nghị nạo vét kênh"));
        assertEquals(2, CellLists.requestCount("Đề nghị sửa đường; Đề nghị lắp đèn;"));
    }

    @Test
    void noRequests() {
        assertEquals(0, CellLists.requestCount(null));
        assertEquals(0, CellLists.requestCount(""));
        assertEquals(0, CellLists.requestCount(" \n "));
    }
}
