package org.diaban.importing.legacy.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A minimal xlsx as small exporters write it by hand: no styles, no shared strings, inline rich
 * text, cells and rows without "r" references, an ISO date cell ({@code t="d"}) and phonetic runs.
 */
class HandWrittenXlsxTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    @TempDir
    Path dir;

    @Test
    void readsAMinimalPackageWithInlineRichText() throws IOException {
        Path file = dir.resolve("xuat.xlsx");
        writeZip(file, Map.of(
                "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                        + "relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd."
                        + "openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>",
                "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                        + "</Relationships>",
                "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\">"
                        + "<workbookPr date1904=\"true\"/><sheets>"
                        + "<sheet name=\"Xuất\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        + "relationships\"><Relationship Id=\"rId1\" Type=\"" + RELS + "/worksheet\" "
                        + "Target=\"worksheets/sheet1.xml\"/></Relationships>",
                "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                        + "<row><c t=\"inlineStr\"><is><r><rPr><rFont val=\"VNI-Times\"/></rPr><t>Ñaûng</t></r>"
                        + "<r><rPr><rFont val=\"Arial\"/></rPr><t xml:space=\"preserve\"> 2</t></r>"
                        + "<rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></is></c>"
                        + "<c t=\"d\"><v>2022-05-22</v></c><c t=\"b\"><v>0</v></c><c><v>12.5</v></c></row>"
                        + "<row hidden=\"1\"><c r=\"C2\" t=\"str\"><f>A1</f><v>Ñaûng 2</v></c></row>"
                        + "</sheetData></worksheet>"));
        CollectedWorkbook read = new CollectedWorkbook();

        WorkbookReadResult result = new LegacyWorkbookReader().read(file, read);

        assertTrue(result.isComplete(), () -> result.error().toString());
        assertEquals(List.of("Xuất"), read.visibleSheets());
        RawCell rich = read.cell("Xuất", 1, 1);
        assertEquals("Ñaûng 2", rich.text());
        assertEquals("VNI-Times", rich.fontName());
        RawCell date = read.cell("Xuất", 1, 2);
        assertEquals(LocalDate.of(2022, 5, 22), date.date());
        assertEquals(CellKind.BOOLEAN, read.cell("Xuất", 1, 3).kind());
        RawCell number = read.cell("Xuất", 1, 4);
        assertEquals(12.5, number.number());
        assertNull(number.fontName());
        RawCell formula = read.cell("Xuất", 2, 3);
        assertEquals("A1", formula.formula());
        assertEquals("Ñaûng 2", formula.text());
        assertEquals(Set.of(2), read.sheets.get("Xuất").hiddenRows());
    }

    private static void writeZip(Path file, Map<String, String> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
