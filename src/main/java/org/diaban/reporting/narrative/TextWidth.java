package org.diaban.reporting.narrative;

/**
 * A rough width of a line of Times-like text, enough to draw a rule about as long as a title
 * without measuring fonts (the fonts may not even be installed where the report is written).
 */
final class TextWidth {

    private TextWidth() {
    }

    static int twips(String text, int pointSize) {
        double ems = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                ems += 0.25;
            } else if (Character.isUpperCase(c)) {
                ems += 0.7;
            } else if (Character.isLetterOrDigit(c)) {
                ems += 0.48;
            } else {
                ems += 0.33;
            }
        }
        return (int) Math.round(ems * pointSize * 20);
    }
}
