package org.diaban.importing.legacy.workbook;

import org.xml.sax.Attributes;

/**
 * Collects one OOXML rich string ({@code CT_Rst}): a shared string {@code <si>} or an inline
 * string {@code <is>}. Keeps the text of its {@code <t>} elements, leaving out phonetic runs
 * ({@code <rPh>}), and the font named by the first run, if that run names one.
 */
final class RichTextCollector {

    private final StringBuilder text = new StringBuilder();
    private String firstRunFont;
    private int runIndex;
    private int phoneticDepth;
    private boolean inText;

    void reset() {
        text.setLength(0);
        firstRunFont = null;
        runIndex = -1;
        phoneticDepth = 0;
        inText = false;
    }

    void startElement(String name, Attributes attributes) {
        switch (name) {
            case "r" -> runIndex++;
            case "rFont" -> {
                if (runIndex == 0 && phoneticDepth == 0 && firstRunFont == null) {
                    firstRunFont = attributes.getValue("val");
                }
            }
            case "rPh" -> phoneticDepth++;
            case "t" -> inText = phoneticDepth == 0;
            default -> {
            }
        }
    }

    void endElement(String name) {
        if (name.equals("t")) {
            inText = false;
        } else if (name.equals("rPh")) {
            phoneticDepth--;
        }
    }

    void characters(char[] ch, int start, int length) {
        if (inText) {
            text.append(ch, start, length);
        }
    }

    String text() {
        return text.toString();
    }

    /** The first run's font, or {@code null} for plain text or a first run without a font name. */
    String firstRunFont() {
        return firstRunFont;
    }
}
