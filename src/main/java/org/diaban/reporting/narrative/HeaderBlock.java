package org.diaban.reporting.narrative;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.diaban.reporting.DocumentDetails;
import org.diaban.reporting.FormatProfile;
import org.diaban.service.report.Resolution77Report;

/**
 * The top of the first page as a borderless two-column table: the parent body, the issuing
 * committee, "*" and the number on the left; the national title with its rule (and the state's
 * motto) and the place-date line on the right.
 */
final class HeaderBlock {

    /** Room to write the number by hand after printing. */
    static final String BLANK_NUMBER = "      ";
    private static final String BLANK_DAY = "    ";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final DocxFormat format;

    HeaderBlock(DocxFormat format) {
        this.format = format;
    }

    void write(Resolution77Report.Scope scope, DocumentDetails details, LocalDate computedOn) {
        FormatProfile profile = format.profile();
        FormatProfile.Sizes sizes = profile.sizes();
        int left = format.textWidth() * 2 / 5;
        int right = format.textWidth() - left;
        XWPFTable table = format.layoutTable(left, right);

        XWPFTableCell issuer = table.getRow(0).getCell(0);
        line(issuer.getParagraphs().get(0), caps(scope.parentBodyName()), sizes.parentBody(), false, false);
        XWPFParagraph committee = line(issuer.addParagraph(), caps(scope.committeeName()), sizes.issuer(), true, false);
        if (profile.showStarUnderIssuer()) {
            line(issuer.addParagraph(), "*", sizes.issuer(), false, false);
        } else {
            rule(committee, caps(scope.committeeName()), sizes.issuer(), left);
        }
        if (profile.numberPattern() != null) {
            String number = details.number().isEmpty() ? BLANK_NUMBER : details.number();
            String text = new MessageFormat(profile.numberPattern(), VIETNAMESE)
                    .format(new Object[] {number, nullToEmpty(scope.committeeCode())});
            line(issuer.addParagraph(), text, sizes.number(), false, false);
        }

        XWPFTableCell nation = table.getRow(0).getCell(1);
        XWPFParagraph last = line(nation.getParagraphs().get(0), profile.nationalTitle(), sizes.nationalTitle(),
                true, false);
        int ruledSize = sizes.nationalTitle();
        String ruled = profile.nationalTitle();
        if (profile.nationalMotto() != null && !profile.nationalMotto().isBlank()) {
            last = line(nation.addParagraph(), profile.nationalMotto(), sizes.nationalMotto(), true, false);
            ruled = profile.nationalMotto();
            ruledSize = sizes.nationalMotto();
        }
        rule(last, ruled, ruledSize, right);
        XWPFParagraph date = line(nation.addParagraph(), placeDate(profile, scope, details, computedOn),
                sizes.placeDate(), false, true);
        date.setSpacingBefore(240);
    }

    private XWPFParagraph line(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        format.tight(p, ParagraphAlignment.CENTER);
        format.run(p, nullToEmpty(text), size, bold, italic);
        return p;
    }

    /** A rule under a line, about as long as its text: the paragraph's border, narrowed by indents. */
    private void rule(XWPFParagraph p, String text, int size, int cellWidth) {
        int inset = Math.max(0, (cellWidth - TextWidth.twips(text, size)) / 2);
        p.setBorderBottom(Borders.SINGLE);
        p.setIndentationLeft(inset);
        p.setIndentationRight(inset);
    }

    /** "Hữu Lũng, ngày 05 tháng 02 năm 2023": day two digits, months 1 and 2 too (so nobody can add a digit). */
    private static String placeDate(FormatProfile profile, Resolution77Report.Scope scope, DocumentDetails details,
                                    LocalDate computedOn) {
        String pattern = profile.placeDatePattern() == null ? "{0}, {1}/{2}/{3}" : profile.placeDatePattern();
        String place = details.place() == null || details.place().isBlank() ? scope.placeName() : details.place();
        LocalDate d = details.date();
        String day = d == null ? BLANK_DAY : String.format("%02d", d.getDayOfMonth());
        String month = d == null ? BLANK_DAY
                : d.getMonthValue() < 3 ? "0" + d.getMonthValue() : String.valueOf(d.getMonthValue());
        String year = String.valueOf(d == null ? computedOn.getYear() : d.getYear());
        return new MessageFormat(pattern, VIETNAMESE).format(new Object[] {nullToEmpty(place), day, month, year});
    }

    private static String caps(String s) {
        return nullToEmpty(s).toUpperCase(VIETNAMESE);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
