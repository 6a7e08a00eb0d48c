package org.diaban.reporting.narrative;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.diaban.reporting.FormatProfile;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The profile applied to a Word document: A4 portrait with the profile's margins and font, and
 * the few paragraph and run shapes the draft uses. Only schema types shipped in poi-ooxml-lite
 * are touched (the full schemas jar is not a dependency).
 */
final class DocxFormat {

    static final int A4_WIDTH_TWIPS = 11906;
    static final int A4_HEIGHT_TWIPS = 16838;
    /** First-line indent of body paragraphs: 1 cm. */
    static final int FIRST_LINE_TWIPS = 567;
    static final int SPACE_AFTER_TWIPS = 120;
    static final double LINE_SPACING = 1.1;

    private final XWPFDocument doc;
    private final FormatProfile profile;

    DocxFormat(XWPFDocument doc, FormatProfile profile) {
        this.doc = doc;
        this.profile = profile;
    }

    XWPFDocument document() {
        return doc;
    }

    FormatProfile profile() {
        return profile;
    }

    static int twips(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }

    /** The width between the margins. */
    int textWidth() {
        return A4_WIDTH_TWIPS - twips(profile.margins().left()) - twips(profile.margins().right());
    }

    /** Page size, margins, default font and language, and page numbers from the second page on. */
    void setUpPage() {
        CTBody body = doc.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH_TWIPS));
        size.setH(BigInteger.valueOf(A4_HEIGHT_TWIPS));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(twips(profile.margins().top())));
        mar.setBottom(BigInteger.valueOf(twips(profile.margins().bottom())));
        mar.setLeft(BigInteger.valueOf(twips(profile.margins().left())));
        mar.setRight(BigInteger.valueOf(twips(profile.margins().right())));
        mar.setHeader(BigInteger.valueOf(twips(10)));
        mar.setFooter(BigInteger.valueOf(twips(10)));
        mar.setGutter(BigInteger.ZERO);
        setDefaults();
        pageNumbers(sect);
    }

    private void setDefaults() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr rpr = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(profile.fontName());
        fonts.setHAnsi(profile.fontName());
        fonts.setCs(profile.fontName());
        fonts.setEastAsia(profile.fontName());
        rpr.addNewSz().setVal(BigInteger.valueOf(profile.sizes().body() * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(profile.sizes().body() * 2L));
        // Vietnamese, so that Word neither marks every word misspelt nor hyphenates as English
        rpr.addNewLang().setVal("vi-VN");
        doc.createStyles().setStyles(styles);
    }

    /** Party and state documents number pages at the top centre, not on the first page. */
    private void pageNumbers(CTSectPr sect) {
        XWPFParagraph p = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
    }

    /** A paragraph with no spacing of its own (header and signature blocks). */
    XWPFParagraph tight(XWPFParagraph p, ParagraphAlignment alignment) {
        p.setAlignment(alignment);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return p;
    }

    /** A body paragraph: justified, first-line indent, the profile's line spacing, 6 pt after. */
    XWPFParagraph body(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(FIRST_LINE_TWIPS);
        p.setSpacingBefore(0);
        p.setSpacingAfter(SPACE_AFTER_TWIPS);
        p.setSpacingBetween(LINE_SPACING, LineSpacingRule.AUTO);
        return p;
    }

    XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setFontFamily(profile.fontName());
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
        r.setText(text);
        return r;
    }

    /** A table with no borders, fixed column widths in twips, filling the text width. */
    XWPFTable layoutTable(int... widths) {
        XWPFTable t = doc.createTable(1, widths.length);
        t.removeBorders();
        t.setWidthType(TableWidthType.DXA);
        t.setWidth(textWidth());
        t.setCellMargins(0, 0, 0, 0);
        // fixed layout: Word and LibreOffice keep the columns as given instead of fitting the text
        CTTblPr pr = t.getCTTbl().getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int i = 0; i < widths.length; i++) {
            XWPFTableCell cell = t.getRow(0).getCell(i);
            cell.setWidthType(TableWidthType.DXA);
            cell.setWidth(String.valueOf(widths[i]));
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[i]));
        }
        return t;
    }
}
