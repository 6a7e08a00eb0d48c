package org.diaban.importing.legacy.workbook;

/** Small helpers shared by the SAX handlers of the xlsx reader. */
final class XlsxXml {

    private XlsxXml() {
    }

    /** The element or attribute name without prefix, whether or not the parser is namespace aware. */
    static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** An xsd:boolean attribute: "1" or "true". */
    static boolean isTrue(String value) {
        return "1".equals(value) || "true".equalsIgnoreCase(value);
    }

    /** The 1-based column of an "AB12" reference, or -1. */
    static int column(String reference) {
        int column = 0;
        int i = 0;
        for (; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return i == 0 ? -1 : column;
    }

    /** The 1-based row of an "AB12" reference, or -1. */
    static int row(String reference) {
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            i++;
        }
        try {
            return Integer.parseInt(reference.substring(i));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
