package org.diaban.reporting.narrative;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.diaban.i18n.I18n;
import org.diaban.reporting.DocumentDetails;
import org.diaban.reporting.FormatProfile;

/** The foot of the report: "Nơi nhận" bottom left, the signature block bottom right. */
final class SignatureBlock {

    /** Lines left empty for the signature and the seal. */
    private static final int SIGNING_LINES = 4;

    private final DocxFormat format;
    private final Wording w;

    SignatureBlock(DocxFormat format, Wording wording) {
        this.format = format;
        this.w = wording;
    }

    void write(DocumentDetails details, String committee) {
        FormatProfile profile = format.profile();
        int left = format.textWidth() * 9 / 20;
        // a blank line after the closing sentence, kept with the block
        format.run(format.tight(format.document().createParagraph(), ParagraphAlignment.LEFT), "",
                profile.sizes().body(), false, false).getParagraph().setKeepNext(true);
        XWPFTable table = format.layoutTable(left, format.textWidth() - left);
        // the signature never stands alone at the top of a page
        table.getRow(0).setCantSplitRow(true);
        writeRecipients(table.getRow(0).getCell(0), details.recipients(), committee, profile.sizes().recipients());
        writeSigner(table.getRow(0).getCell(1), details, profile);
    }

    private void writeRecipients(XWPFTableCell cell, List<String> recipients, String committee, int size) {
        XWPFParagraph heading = format.tight(cell.getParagraphs().get(0), ParagraphAlignment.LEFT);
        format.run(heading, w.text("narrative.recipients"), size + 1, true, true);
        if (recipients.isEmpty()) {
            XWPFParagraph p = format.tight(cell.addParagraph(), ParagraphAlignment.LEFT);
            format.run(p, "- ", size, false, false);
            format.run(p, w.text("narrative.placeholder.recipients"), size, false, false)
                    .setTextHighlightColor("yellow");
            recipientLine(cell, w.text("narrative.recipients.archive", committee), size);
        }
        recipients.forEach(r -> recipientLine(cell, r, size));
    }

    /** "- " and the recipient as typed (a leading "- " the officer typed is not doubled). */
    private void recipientLine(XWPFTableCell cell, String recipient, int size) {
        String text = recipient.startsWith("- ") ? recipient.substring(2) : recipient;
        format.run(format.tight(cell.addParagraph(), ParagraphAlignment.LEFT), "- " + text, size, false, false);
    }

    private void writeSigner(XWPFTableCell cell, DocumentDetails details, FormatProfile profile) {
        int size = profile.sizes().signature();
        String capacity = orDefault(details.signerCapacity(), profile.signerCapacity());
        String title = orDefault(details.signerTitle(), profile.signerTitle());
        XWPFParagraph first = format.tight(cell.getParagraphs().get(0), ParagraphAlignment.CENTER);
        format.run(first, capacity.toUpperCase(I18n.VIETNAMESE), size, true, false);
        format.run(format.tight(cell.addParagraph(), ParagraphAlignment.CENTER), title, size, true, false);
        for (int i = 0; i < SIGNING_LINES; i++) {
            format.run(format.tight(cell.addParagraph(), ParagraphAlignment.CENTER), "", size, false, false);
        }
        String name = details.signerName() == null ? "" : details.signerName().strip();
        format.run(format.tight(cell.addParagraph(), ParagraphAlignment.CENTER), name, size, true, false);
    }

    private static String orDefault(String given, String fallback) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        return fallback == null ? "" : fallback;
    }
}
