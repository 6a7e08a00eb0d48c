package org.diaban.importing.legacy.workbook;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** Reads xl/workbook.xml: the sheets in order with their state, and the date system. */
final class XlsxWorkbookHandler extends DefaultHandler {

    record SheetEntry(String name, SheetVisibility visibility, String relationId) {
    }

    private final List<SheetEntry> sheets = new ArrayList<>();
    private boolean date1904;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (XlsxXml.local(localName, qName)) {
            case "workbookPr" -> date1904 = XlsxXml.isTrue(attributes.getValue("date1904"));
            case "sheet" -> sheets.add(new SheetEntry(attributes.getValue("name"),
                    visibility(attributes.getValue("state")), relationId(attributes)));
            default -> {
            }
        }
    }

    private static SheetVisibility visibility(String state) {
        if ("hidden".equals(state)) {
            return SheetVisibility.HIDDEN;
        }
        return "veryHidden".equals(state) ? SheetVisibility.VERY_HIDDEN : SheetVisibility.VISIBLE;
    }

    /** r:id, in the transitional or the strict relationships namespace. */
    private static String relationId(Attributes attributes) {
        for (int i = 0; i < attributes.getLength(); i++) {
            if (XlsxXml.local(attributes.getLocalName(i), attributes.getQName(i)).equals("id")
                    && attributes.getURI(i).contains("relationships")) {
                return attributes.getValue(i);
            }
        }
        return null;
    }

    List<SheetEntry> sheets() {
        return sheets;
    }

    boolean date1904() {
        return date1904;
    }
}
