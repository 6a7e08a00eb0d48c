package org.diaban.reporting;

import java.util.Objects;

/**
 * How a document is laid out and worded for one kind of issuing body: the party's format
 * (Hướng dẫn 36-HD/VPTW) or the state's (Nghị định 30/2020/NĐ-CP). Data, not code: the rules
 * change (Quy định 399-QĐ/TW, 2026) and their details are unverified, so profiles are read from
 * JSON that an administrator can edit. Sizes are in points, margins in millimetres.
 *
 * @param id                 "party", "state", or a user's own
 * @param name               shown in the report dialog
 * @param fontName           e.g. "Times New Roman"
 * @param nationalTitle      top right: "ĐẢNG CỘNG SẢN VIỆT NAM" or "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
 * @param nationalMotto      the state's second line ("Độc lập - Tự do - Hạnh phúc"), or null
 * @param numberPattern      MessageFormat: {0} the number, {1} the issuer's code ("Số {0}-BC/{1}",
 *                           "Số: {0}/BC-{1}")
 * @param placeDatePattern   MessageFormat: {0} place, {1} day (2 digits), {2} month, {3} year
 * @param signerCapacity     "T/M BAN THƯỜNG VỤ" or "TM. ỦY BAN NHÂN DÂN"
 * @param signerTitle        "BÍ THƯ" or "CHỦ TỊCH"
 * @param showStarUnderIssuer the party's "*" beneath the issuing committee
 */
public record FormatProfile(String id, String name, String fontName, Margins margins, Sizes sizes,
                            String nationalTitle, String nationalMotto, String numberPattern,
                            String placeDatePattern, String signerCapacity, String signerTitle,
                            boolean showStarUnderIssuer) {

    /** Page margins in millimetres (party: 20 top, 20 bottom, 30 left, 15 right). */
    public record Margins(double top, double bottom, double left, double right) {
    }

    /** Font sizes in points. */
    public record Sizes(int nationalTitle, int nationalMotto, int parentBody, int issuer, int number,
                        int placeDate, int title, int body, int table, int signature, int recipients) {
    }

    public FormatProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fontName, "fontName");
        Objects.requireNonNull(margins, "margins");
        Objects.requireNonNull(sizes, "sizes");
    }
}
