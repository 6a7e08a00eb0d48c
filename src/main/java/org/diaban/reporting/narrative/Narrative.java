package org.diaban.reporting.narrative;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of the draft as worded paragraphs, before any layout: composing the sentences is kept
 * apart from POI so that the wording can be read and tested as text.
 */
final class Narrative {

    enum Kind { SECTION, SUBSECTION, BODY }

    /** A piece of a paragraph; a placeholder is left for the officer to finish and is highlighted. */
    record Span(String text, boolean placeholder) {
    }

    record Paragraph(Kind kind, List<Span> spans) {
        String text() {
            StringBuilder b = new StringBuilder();
            spans.forEach(s -> b.append(s.text()));
            return b.toString();
        }
    }

    private final List<Paragraph> paragraphs = new ArrayList<>();

    void section(String text) {
        paragraphs.add(new Paragraph(Kind.SECTION, List.of(new Span(text, false))));
    }

    void subsection(String text) {
        paragraphs.add(new Paragraph(Kind.SUBSECTION, List.of(new Span(text, false))));
    }

    void body(String text) {
        paragraphs.add(new Paragraph(Kind.BODY, List.of(new Span(text, false))));
    }

    /** A paragraph with only a marked gap for the officer. */
    void placeholder(String text) {
        paragraphs.add(new Paragraph(Kind.BODY, List.of(new Span(text, true))));
    }

    List<Paragraph> paragraphs() {
        return List.copyOf(paragraphs);
    }
}
