package org.diaban.bench;

import java.io.File;
import java.io.InputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The baseline of the legacy-import benchmark, run as its own JVM: reads every sheet of an .xlsx
 * with nothing but POI's streaming (SAX) API and prints what it saw. The counts and the summed
 * text length are printed so that no part of the read can be optimised away.
 */
public final class BareSaxRead {

    private BareSaxRead() {
    }

    public static void main(String[] args) throws Exception {
        Counter counter = new Counter();
        try (OPCPackage pkg = OPCPackage.open(new File(args[0]), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    parse(in, new XSSFSheetXMLHandler(reader.getStylesTable(), strings, counter,
                            new DataFormatter(), false));
                }
                counter.sheets++;
            }
        }
        System.out.printf("sheets=%d rows=%d cells=%d chars=%d%n", counter.sheets, counter.rows, counter.cells,
                counter.chars);
    }

    private static void parse(InputStream in, XSSFSheetXMLHandler handler) throws Exception {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(in));
    }

    private static final class Counter implements SheetContentsHandler {
        int sheets;
        long rows;
        long cells;
        long chars;

        @Override
        public void startRow(int rowNum) {
            rows++;
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            cells++;
            chars += formattedValue == null ? 0 : formattedValue.length();
        }
    }
}
