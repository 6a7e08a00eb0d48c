package org.diaban.importing.legacy.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are not readable workbooks give one file-level error, never an exception. */
class LegacyWorkbookBadInputTest {

    @TempDir
    Path dir;

    private final LegacyWorkbookReader reader = new LegacyWorkbookReader();

    @Test
    void htmlPageSavedAsXlsIsNotAWorkbook() throws IOException {
        Path file = write("bao_cao.xls", ("\uFEFF<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\n"
                + "<body><table><tr><td>STT</td><td>Họ và tên</td></tr></table></body></html>")
                .getBytes(StandardCharsets.UTF_8));

        WorkbookReadResult result = reader.read(file, new CollectedWorkbook());

        assertEquals(WorkbookFormat.HTML_AS_XLS, result.format());
        assertEquals("html-as-xls", result.format().key());
        assertError(result, FileErrorCode.NOT_A_WORKBOOK, "HTML");
    }

    @Test
    void zipWithoutWorkbookIsNotAWorkbook() throws IOException {
        Path file = dir.resolve("anh.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("photos/anh1.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        WorkbookReadResult result = reader.read(file, new CollectedWorkbook());

        assertEquals(WorkbookFormat.XLSX, result.format());
        assertError(result, FileErrorCode.NOT_A_WORKBOOK, "zip");
    }

    @Test
    void randomBytesAreNotAWorkbook() throws IOException {
        byte[] bytes = new byte[4096];
        new Random(77).nextBytes(bytes);
        bytes[0] = 0x13;

        WorkbookReadResult result = reader.read(write("random.xls", bytes), new CollectedWorkbook());

        assertEquals(WorkbookFormat.UNKNOWN, result.format());
        assertError(result, FileErrorCode.NOT_A_WORKBOOK, "not an Excel workbook");
    }

    @Test
    void emptyFileIsNotAWorkbook() throws IOException {
        WorkbookReadResult result = reader.read(write("empty.xlsx", new byte[0]), new CollectedWorkbook());

        assertError(result, FileErrorCode.NOT_A_WORKBOOK, "empty");
    }

    @Test
    void missingFileIsUnreadable() {
        WorkbookReadResult result = reader.read(dir.resolve("gone.xls"), new CollectedWorkbook());

        assertError(result, FileErrorCode.UNREADABLE_FILE, "cannot be opened");
    }

    @Test
    void xlsxCutInHalfIsUnreadable() throws IOException {
        byte[] whole = Files.readAllBytes(CollectedWorkbook.fixture("phan_cong_BacSon_2023.xlsx"));

        WorkbookReadResult result = reader.read(write("cut.xlsx", Arrays.copyOf(whole, whole.length / 2)),
                new CollectedWorkbook());

        assertEquals(WorkbookFormat.XLSX, result.format());
        assertError(result, FileErrorCode.UNREADABLE_FILE, "truncated or damaged");
    }

    @Test
    void xlsxWithBrokenSheetXmlIsUnreadable() throws IOException {
        Path file = dir.resolve("broken.xlsx");
        try (ZipFile source = new ZipFile(CollectedWorkbook.fixture("phan_cong_BacSon_2023.xlsx").toFile());
             ZipOutputStream target = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : source.stream().toList()) {
                byte[] content = source.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = Arrays.copyOf(content, content.length / 2);
                }
                target.putNextEntry(new ZipEntry(entry.getName()));
                target.write(content);
                target.closeEntry();
            }
        }

        WorkbookReadResult result = reader.read(file, new CollectedWorkbook());

        assertError(result, FileErrorCode.UNREADABLE_FILE, "truncated or damaged");
    }

    @Test
    void passwordProtectedXlsxSaysSo() throws Exception {
        Path plain = dir.resolve("plain.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            workbook.createSheet("PC").createRow(0).createCell(0).setCellValue("STT");
            workbook.write(out);
        }
        Path encrypted = dir.resolve("mat_khau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("matkhau");
            try (OPCPackage pkg = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                 OutputStream out = encryptor.getDataStream(fs)) {
                pkg.save(out);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }

        WorkbookReadResult result = reader.read(encrypted, new CollectedWorkbook());

        assertError(result, FileErrorCode.UNREADABLE_FILE, "password-protected");
    }

    @Test
    void passwordProtectedXlsSaysSo() throws IOException {
        Path file = dir.resolve("mat_khau.xls");
        Biff8EncryptionKey.setCurrentUserPassword("matkhau");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("PC").createRow(0).createCell(0).setCellValue("STT");
            workbook.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        WorkbookReadResult result = reader.read(file, new CollectedWorkbook());

        assertEquals(WorkbookFormat.XLS, result.format());
        assertError(result, FileErrorCode.UNREADABLE_FILE, "password-protected");
    }

    @Test
    void ole2DocumentWithoutWorkbookIsNotAWorkbook() throws IOException {
        Path file = dir.resolve("cong_van.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }

        WorkbookReadResult result = reader.read(file, new CollectedWorkbook());

        assertError(result, FileErrorCode.NOT_A_WORKBOOK, "without a workbook");
    }

    @Test
    void anExceptionFromTheHandlerIsNotTurnedIntoAFileError() {
        IllegalStateException failure = new IllegalStateException("consumer bug");
        RowHandler failing = new RowHandler() {
            @Override
            public void startSheet(SheetInfo sheet) {
            }

            @Override
            public void row(RowCells row) {
                throw failure;
            }
        };

        Path file = CollectedWorkbook.fixture("phan_cong_BacSon_2023.xlsx");
        assertSame(failure, assertThrows(IllegalStateException.class, () -> reader.read(file, failing)));
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static void assertError(WorkbookReadResult result, FileErrorCode code, String messagePart) {
        FileError error = result.error().orElseThrow(() -> new AssertionError("no error for " + result));
        assertEquals(code, error.code(), error.message());
        assertTrue(error.message().contains(messagePart), error.message());
        assertEquals(0, result.rowsRead());
    }
}
