package org.diaban.reporting.narrative;

import java.math.BigInteger;
import java.text.MessageFormat;
import java.time.LocalDate;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.diaban.i18n.I18n;
import org.diaban.domain.common.DomainException;
import org.diaban.reporting.DocumentDetails;
import org.diaban.reporting.FormatProfile;
import org.diaban.service.report.Resolution77Report;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;

/**
 * The top of the first page as a borderless two-column table: the parent body, the issuing
 * committee, "*" and the number on the left; the national title with its rule (and the state's
 * motto) and the place-date line on the right.
 */
final class HeaderBlock {

    /** Room to write the number by hand after printing. */
    static final String BLANK_NUMBER = "      ";
    private static final String BLANK_DAY = "    ";
    private static final int RULE_POINTS = 4;
    /** Room beside the national title so that a slightly wider real font still fits. */
    private static final int TITLE_PADDING = 360;

    private final DocxFormat format;

    HeaderBlock(DocxFormat format) {
        this.format = format;
    }

    void write(Resolution77Report.Scope scope, DocumentDetails details, LocalDate computedOn) {
        FormatProfile profile = format.profile();
        FormatProfile.Sizes sizes = profile.sizes();
        int right = nationalColumn(profile);
        int left = format.textWidth() - right;
        XWPFTable table = format.layoutTable(left, right);

        XWPFTableCell issuer = table.getRow(0).getCell(0);
        line(issuer.getParagraphs().get(0), caps(scope.parentBodyName()), sizes.parentBody(), false, false);
        line(issuer.addParagraph(), caps(scope.committeeName()), sizes.issuer(), true, false);
        if (profile.showStarUnderIssuer()) {
            line(issuer.addParagraph(), "*", sizes.issuer(), false, false);
        } else {
            // the state's short rule under the issuer, a third of its name
            rule(issuer.addParagraph(), TextWidth.twips(caps(scope.committeeName()), sizes.issuer(), true) / 3, left);
        }
        if (profile.numberPattern() != null) {
            String number = details.number().isEmpty() ? BLANK_NUMBER : details.number();
            String text = fill(profile, profile.numberPattern(), number, nullToEmpty(scope.committeeCode()));
            line(issuer.addParagraph(), text, sizes.number(), false, false);
        }

        XWPFTableCell nation = table.getRow(0).getCell(1);
        line(nation.getParagraphs().get(0), profile.nationalTitle(), sizes.nationalTitle(), true, false);
        int ruled = TextWidth.twips(nullToEmpty(profile.nationalTitle()), sizes.nationalTitle(), true);
        if (profile.nationalMotto() != null && !profile.nationalMotto().isBlank()) {
            line(nation.addParagraph(), profile.nationalMotto(), sizes.nationalMotto(), true, false);
            ruled = TextWidth.twips(profile.nationalMotto(), sizes.nationalMotto(), true);
        }
        rule(nation.addParagraph(), ruled, right);
        XWPFParagraph date = line(nation.addParagraph(), placeDate(profile, scope, details, computedOn),
                sizes.placeDate(), false, true);
        date.setSpacingBefore(240);
    }

    /**
     * The right column is wide enough for the national title on one line (the state's is long),
     * between 55% and 70% of the text width; the issuer's names may wrap on the left instead.
     */
    private int nationalColumn(FormatProfile profile) {
        int width = format.textWidth();
        int title = TextWidth.twips(nullToEmpty(profile.nationalTitle()), profile.sizes().nationalTitle(), true);
        return Math.min(width * 7 / 10, Math.max(width * 11 / 20, title + TITLE_PADDING));
    }

    private XWPFParagraph line(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        format.tight(p, ParagraphAlignment.CENTER);
        format.run(p, nullToEmpty(text), size, bold, italic);
        return p;
    }

    /**
     * A centred rule of the given length under the line above: the top border of an empty, very
     * low paragraph, narrowed by indents (a border on the text's own paragraph would need the same
     * indents and could push a long title onto two lines).
     */
    private void rule(XWPFParagraph p, int length, int cellWidth) {
        format.tight(p, ParagraphAlignment.CENTER);
        int inset = Math.max(0, (cellWidth - length) / 2);
        p.setBorderTop(Borders.SINGLE);
        p.setIndentationLeft(inset);
        p.setIndentationRight(inset);
        p.setSpacingBetween(RULE_POINTS, LineSpacingRule.EXACT);
        CTParaRPr mark = p.getCTPPr().isSetRPr() ? p.getCTPPr().getRPr() : p.getCTPPr().addNewRPr();
        mark.addNewSz().setVal(BigInteger.valueOf(RULE_POINTS * 2));
    }

    /** "Hữu Lũng, ngày 05 tháng 02 năm 2023": day two digits, months 1 and 2 too (so nobody can add a digit). */
    private static String placeDate(FormatProfile profile, Resolution77Report.Scope scope, DocumentDetails details,
                                    LocalDate computedOn) {
        String pattern = profile.placeDatePattern() == null ? "{0}, {1}/{2}/{3}" : profile.placeDatePattern();
        String place = details.place() == null || details.place().isBlank() ? scope.placeName() : details.place();
        LocalDate d = details.date();
        String day = d == null ? BLANK_DAY : DocumentDetails.dayText(d);
        String month = d == null ? BLANK_DAY : DocumentDetails.monthText(d);
        String year = String.valueOf(d == null ? computedOn.getYear() : d.getYear());
        return fill(profile, pattern, nullToEmpty(place), day, month, year);
    }

    /** A profile's pattern filled in; a pattern an administrator mistyped is named, not a crash. */
    private static String fill(FormatProfile profile, String pattern, Object... args) {
        try {
            return new MessageFormat(pattern, I18n.VIETNAMESE).format(args);
        } catch (IllegalArgumentException e) {
            throw new DomainException("narrative.error.pattern", pattern, profile.name() == null ? profile.id()
                    : profile.name());
        }
    }

    private static String caps(String s) {
        return nullToEmpty(s).toUpperCase(I18n.VIETNAMESE);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
