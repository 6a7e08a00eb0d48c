package org.diaban.reporting.narrative;

/**
 * A rough width of a line of Times-like text, enough to draw a rule about as long as a title
 * without measuring fonts (the fonts may not even be installed where the report is written).
 */
final class TextWidth {

    private TextWidth() {
    }

    /** Measured against Liberation Serif (metric twin of Times New Roman) for Vietnamese capitals. */
    static int twips(String text, int pointSize, boolean bold) {
        double ems = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                ems += 0.25;
            } else if (Character.isUpperCase(c)) {
                ems += bold ? 0.74 : 0.68;
            } else if (Character.isLetterOrDigit(c)) {
                ems += bold ? 0.52 : 0.47;
            } else {
                ems += 0.33;
            }
        }
        return (int) Math.round(ems * pointSize * 20);
    }
}
