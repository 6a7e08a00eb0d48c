package org.diaban.importing.legacy.workbook;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads xl/sharedStrings.xml into a compact list: each string's text and its first run's font.
 * Lighter than POI's {@code SharedStringsTable}, which keeps a full XML bean per string.
 */
final class XlsxSharedStringsHandler extends DefaultHandler {

    /** One shared string; {@code firstRunFont} is {@code null} unless its first run names a font. */
    record SharedString(String text, String firstRunFont) {
    }

    private final List<SharedString> strings = new ArrayList<>();
    private final RichTextCollector current = new RichTextCollector();
    private boolean inItem;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = XlsxXml.local(localName, qName);
        if (name.equals("si")) {
            current.reset();
            inItem = true;
        } else if (inItem) {
            current.startElement(name, attributes);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = XlsxXml.local(localName, qName);
        if (name.equals("si")) {
            strings.add(new SharedString(current.text(), current.firstRunFont()));
            inItem = false;
        } else if (inItem) {
            current.endElement(name);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inItem) {
            current.characters(ch, start, length);
        }
    }

    List<SharedString> strings() {
        return strings;
    }
}
