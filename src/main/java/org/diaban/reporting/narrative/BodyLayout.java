package org.diaban.reporting.narrative;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.diaban.service.report.ReportControl;

/** The title and the worded paragraphs, laid out as the profile says. */
final class BodyLayout {

    private final DocxFormat format;
    private final Wording w;

    BodyLayout(DocxFormat format, Wording wording) {
        this.format = format;
        this.w = wording;
    }

    void writeTitle(String period) {
        int bodySize = format.profile().sizes().body();
        XWPFParagraph title = format.tight(format.document().createParagraph(), ParagraphAlignment.CENTER);
        title.setSpacingBefore(360);
        format.run(title, w.text("narrative.title"), format.profile().sizes().title(), true, false);
        XWPFParagraph subtitle = format.tight(format.document().createParagraph(), ParagraphAlignment.CENTER);
        format.run(subtitle, w.text("narrative.subtitle", period), bodySize, true, false);
        XWPFParagraph rule = format.tight(format.document().createParagraph(), ParagraphAlignment.CENTER);
        rule.setSpacingAfter(240);
        format.run(rule, w.text("narrative.titleRule"), bodySize, false, false);
    }

    void writeBody(Narrative narrative, ReportControl control) {
        int size = format.profile().sizes().body();
        List<Narrative.Paragraph> paragraphs = narrative.paragraphs();
        for (Narrative.Paragraph para : paragraphs) {
            control.checkCancelled();
            XWPFParagraph p = format.body(format.document().createParagraph());
            boolean heading = para.kind() != Narrative.Kind.BODY;
            // headings stay with what follows, the closing sentence with the signature
            if (heading || para == paragraphs.get(paragraphs.size() - 1)) {
                p.setKeepNext(true);
            }
            for (Narrative.Span span : para.spans()) {
                var run = format.run(p, span.text(), size, heading, false);
                if (span.placeholder()) {
                    run.setTextHighlightColor("yellow");
                }
            }
        }
    }
}
