package org.diaban.importing.legacy.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams an OOXML workbook with POI's event API: each sheet part is read twice, first for its
 * layout only ({@link XlsxSheetLayoutHandler}: hidden columns and rows, merged regions, which sit
 * after the data; scanned by {@link XlsxLayoutScanner}, parsed with SAX when the scanner is unsure),
 * then parsed with SAX for its cells ({@link XlsxSheetDataHandler}), so a consumer gets
 * the complete {@link SheetInfo} before the first row while nothing but one row is held in memory.
 * No {@code XSSFWorkbook} is ever built.
 */
final class XlsxReader {

    private XlsxReader() {
    }

    static void read(Path file, ReadSession session) throws ReadFailure {
        checkZip(file);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw ReadFailure.damaged(".xlsx file", e);
        }
        try {
            PackagePart workbookPart = workbookPart(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            XlsxWorkbookHandler workbook = new XlsxWorkbookHandler();
            try (InputStream in = workbookPart.getInputStream()) {
                parse(in, workbook);
            }
            StylesTable styles = reader.getStylesTable();
            List<XlsxSharedStringsHandler.SharedString> strings = sharedStrings(workbookPart);
            List<PackagePart> sheetParts = new ArrayList<>();
            long totalBytes = 0;
            for (XlsxWorkbookHandler.SheetEntry entry : workbook.sheets()) {
                PackagePart part = sheetPart(workbookPart, entry.relationId());
                sheetParts.add(part);
                totalBytes = totalBytes < 0 || part.getSize() < 0 ? -1 : totalBytes + part.getSize();
            }
            session.workTotal(totalBytes);
            long[] bytesDone = {0};
            for (int i = 0; i < sheetParts.size(); i++) {
                XlsxWorkbookHandler.SheetEntry entry = workbook.sheets().get(i);
                PackagePart part = sheetParts.get(i);
                XlsxSheetLayoutHandler layout = layout(part);
                SheetInfo info = layout.sheetInfo(i, entry.name(), entry.visibility());
                session.startSheet(info);
                XlsxSheetDataHandler data = new XlsxSheetDataHandler(session, styles, strings, workbook.date1904());
                try (InputStream in = new CountingStream(part.getInputStream(), bytesDone, session)) {
                    parse(in, data);
                }
                session.endSheet(info);
            }
        } catch (ReadFailure | ReadSession.Cancelled | ReadSession.HandlerFailure e) {
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException
                 | RuntimeException e) {
            throw ReadFailure.damaged(".xlsx file", e);
        } finally {
            pkg.revert();
        }
    }

    /**
     * Opens the zip directly first: a damaged zip is UNREADABLE_FILE, while a sound zip that is not
     * an OOXML package (no [Content_Types].xml) is NOT_A_WORKBOOK.
     */
    private static void checkZip(Path file) throws ReadFailure {
        boolean contentTypes = false;
        boolean openDocument = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                contentTypes |= name.equals("[Content_Types].xml");
                openDocument |= name.equals("mimetype");
            }
        } catch (ZipException e) {
            throw ReadFailure.damaged("zip container of the file", e);
        } catch (IOException e) {
            throw ReadFailure.damaged("file", e);
        }
        if (!contentTypes) {
            throw new ReadFailure(FileErrorCode.NOT_A_WORKBOOK, openDocument
                    ? "The file is an OpenDocument file, not an Excel workbook. Save it as .xlsx first."
                    : "The file is a zip archive without an Excel workbook in it.");
        }
    }

    /** The package's main part; fails with NOT_A_WORKBOOK unless it is a spreadsheet (xlsx, xlsm, xltx). */
    private static PackagePart workbookPart(OPCPackage pkg) throws ReadFailure, InvalidFormatException {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.size() == 0) {
            core = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        PackagePart part = core.size() == 0 ? null : pkg.getPart(core.getRelationship(0));
        String type = part == null ? "" : part.getContentType().toLowerCase(Locale.ROOT);
        if (part == null || !type.endsWith(".main+xml") || !type.contains("sheet") && !type.contains("template")) {
            throw new ReadFailure(FileErrorCode.NOT_A_WORKBOOK, type.contains("binary")
                    ? "The file is a binary .xlsb workbook, which is not supported. Save it as .xlsx."
                    : "The file is an Office document without an Excel workbook in it.");
        }
        return part;
    }

    /** The shared strings, or an empty list when the workbook has none (inline strings only). */
    private static List<XlsxSharedStringsHandler.SharedString> sharedStrings(PackagePart workbookPart)
            throws InvalidFormatException, IOException, SAXException, ParserConfigurationException {
        for (PackageRelationship relation : workbookPart.getRelationships()) {
            if (relation.getRelationshipType().endsWith("/sharedStrings")) {
                XlsxSharedStringsHandler handler = new XlsxSharedStringsHandler();
                try (InputStream in = workbookPart.getRelatedPart(relation).getInputStream()) {
                    parse(in, handler);
                }
                return handler.strings();
            }
        }
        return List.of();
    }

    private static PackagePart sheetPart(PackagePart workbookPart, String relationId)
            throws InvalidFormatException, ReadFailure {
        PackageRelationship relation = relationId == null ? null : workbookPart.getRelationship(relationId);
        PackagePart part = relation == null ? null : workbookPart.getRelatedPart(relation);
        if (part == null) {
            throw ReadFailure.damaged(".xlsx file", new POIXMLException("missing sheet part " + relationId));
        }
        return part;
    }

    /** The sheet's layout, by the byte scanner when it is sure of the part, else by SAX. */
    private static XlsxSheetLayoutHandler layout(PackagePart part)
            throws IOException, SAXException, ParserConfigurationException {
        XlsxSheetLayoutHandler scanned = new XlsxSheetLayoutHandler();
        try (InputStream in = part.getInputStream()) {
            if (XlsxLayoutScanner.scan(in, scanned)) {
                return scanned;
            }
        }
        XlsxSheetLayoutHandler parsed = new XlsxSheetLayoutHandler();
        try (InputStream in = part.getInputStream()) {
            parse(in, parsed);
        }
        return parsed;
    }

    private static void parse(InputStream in, ContentHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(in));
    }

    /** Counts the uncompressed bytes of sheet XML read so far, for progress. */
    private static final class CountingStream extends FilterInputStream {
        private final long[] counter;
        private final ReadSession session;

        CountingStream(InputStream in, long[] counter, ReadSession session) {
            super(in);
            this.counter = counter;
            this.session = session;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                session.workDone(++counter[0]);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counter[0] += n;
                session.workDone(counter[0]);
            }
            return n;
        }
    }
}
