package org.diaban.importing.legacy.workbook;

import java.util.Locale;

/** Tells the container of a file from its first bytes. */
final class ContentSniffer {

    /** How many leading bytes {@link #sniff} wants. */
    static final int HEAD_LENGTH = 2048;

    enum Container { OLE2, ZIP, HTML, OTHER }

    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final String[] HTML_MARKERS = {"<html", "<!doctype html", "<table", "<head", "<body",
        "<meta", "xmlns:x=\"urn:schemas-microsoft-com:office:excel\""};

    private ContentSniffer() {
    }

    static Container sniff(byte[] head, int length) {
        if (startsWith(head, length, OLE2_MAGIC)) {
            return Container.OLE2;
        }
        if (startsWith(head, length, ZIP_MAGIC)) {
            return Container.ZIP;
        }
        return looksLikeHtml(head, length) ? Container.HTML : Container.OTHER;
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** HTML in any common single-byte-compatible charset or UTF-16 (NULs dropped). */
    private static boolean looksLikeHtml(byte[] head, int length) {
        StringBuilder ascii = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            if (head[i] != 0) {
                ascii.append((char) (head[i] & 0xFF));
            }
        }
        String text = ascii.toString().toLowerCase(Locale.ROOT);
        for (String marker : HTML_MARKERS) {
            if (text.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
