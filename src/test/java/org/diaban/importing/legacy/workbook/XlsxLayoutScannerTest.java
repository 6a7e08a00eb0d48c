package org.diaban.importing.legacy.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** The byte scanner of the layout pass finds what the SAX layout pass finds, or says it is unsure. */
class XlsxLayoutScannerTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @Test
    void everySheetOfTheXlsxFixturesScansAsItParses() throws Exception {
        for (String name : List.of("ho_gia_dinh_phu_trach_HuuLung_2024.xlsx", "loi_phan_cong_ChiLang_2023.xlsx",
                "phan_cong_BacSon_2023.xlsx", "sinh_hoat_chi_bo_HuuLung_2023.xlsx", "to_cong_tac_HuuLung_2021.xlsx")) {
            try (ZipFile zip = new ZipFile(CollectedWorkbook.fixture(name).toFile())) {
                for (ZipEntry entry : zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).toList()) {
                    byte[] xml;
                    try (InputStream in = zip.getInputStream(entry)) {
                        xml = in.readAllBytes();
                    }
                    assertEquals(parsed(xml), scanned(xml), name + " " + entry.getName());
                }
            }
        }
    }

    @Test
    void prefixesQuotesEntitiesCommentsAndCdataReadAsSaxReadsThem() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<!-- <row r=\"9\" hidden=\"1\"/> is not a row -->"
                + "<x:worksheet xmlns:x=\"" + MAIN + "\"><x:cols><x:col min='2' max=\"3\" hidden='true' width=\"a>b\"/>"
                + "</x:cols><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t><![CDATA[<row "
                + "r=\"7\" hidden=\"1\">]]></x:t></x:is></x:c></x:row>"
                + "<x:row r = \"&#50;\" hidden=\"&#x31;\" spans=\"1:2\"><x:c r=\"A2\"><x:v>1</x:v></x:c></x:row>"
                + "<x:row hidden=\"1\"/><x:rowBreaks/></x:sheetData>"
                + "<x:mergeCells count=\"1\"><x:mergeCell ref=\"A1:B2\"/></x:mergeCells></x:worksheet>";
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        SheetInfo expected = parsed(bytes);
        assertEquals(Set.of(2, 3), expected.hiddenColumns());
        assertEquals(Set.of(2, 3), expected.hiddenRows());
        assertEquals(expected, scanned(bytes));
    }

    @Test
    void whatItIsNotSureOfIsLeftToSax() throws IOException {
        String sheet = "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"/></sheetData></worksheet>";
        assertTrue(scans(sheet.getBytes(StandardCharsets.UTF_8)));
        assertFalse(scans(sheet.substring(0, sheet.length() / 2).getBytes(StandardCharsets.UTF_8)), "cut short");
        assertFalse(scans(("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + sheet)
                .getBytes(StandardCharsets.ISO_8859_1)), "another encoding");
        assertFalse(scans(sheet.getBytes(StandardCharsets.UTF_16)), "UTF-16");
        assertFalse(scans(("<!DOCTYPE worksheet>" + sheet).getBytes(StandardCharsets.UTF_8)), "a DOCTYPE");
        assertFalse(scans(sheet.replace("r=\"1\"", "r=\"&one;\"").getBytes(StandardCharsets.UTF_8)), "an entity");
        assertFalse(scans((sheet + "<worksheet/>").getBytes(StandardCharsets.UTF_8)), "two roots");
        assertFalse(scans(new byte[0]), "empty");
    }

    private static boolean scans(byte[] xml) throws IOException {
        return XlsxLayoutScanner.scan(new ByteArrayInputStream(xml), new XlsxSheetLayoutHandler());
    }

    private static SheetInfo scanned(byte[] xml) throws IOException {
        XlsxSheetLayoutHandler handler = new XlsxSheetLayoutHandler();
        assertTrue(XlsxLayoutScanner.scan(new ByteArrayInputStream(xml), handler), "scanner unsure");
        return handler.sheetInfo(0, "s", SheetVisibility.VISIBLE);
    }

    private static SheetInfo parsed(byte[] xml) throws Exception {
        XlsxSheetLayoutHandler handler = new XlsxSheetLayoutHandler();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(new ByteArrayInputStream(xml)));
        return handler.sheetInfo(0, "s", SheetVisibility.VISIBLE);
    }
}
