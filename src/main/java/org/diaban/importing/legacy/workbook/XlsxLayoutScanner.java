package org.diaban.importing.legacy.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The layout pass over a sheet part without an XML parser: finds the start tags of {@code <col>},
 * {@code <row>} and {@code <mergeCell>} by scanning the bytes and gives them, with their attributes,
 * to {@link XlsxSheetLayoutHandler} as SAX would. This pass skips the cells, and a SAX parse of a
 * 50,000-row sheet only to find three kinds of tag cost as much as reading the cells. In XML text
 * a {@code <} is always escaped, so outside comments, CDATA sections and processing instructions
 * (which are skipped) every {@code <} starts a tag.
 * <p>
 * Whatever it is not sure of (an encoding other than UTF-8, a DOCTYPE, an unknown entity, a part
 * that ends inside a tag or with elements left open) makes {@link #scan} answer false; the caller
 * then parses the part with SAX, which also reports a damaged part as before.
 */
final class XlsxLayoutScanner {

    private static final int EOF = -1;

    private final InputStream in;
    private final XlsxSheetLayoutHandler handler;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int length;
    private final StringBuilder name = new StringBuilder();
    private final AttributesImpl attributes = new AttributesImpl();
    private byte[] value = new byte[64];

    private XlsxLayoutScanner(InputStream in, XlsxSheetLayoutHandler handler) {
        this.in = in;
        this.handler = handler;
    }

    /**
     * Feeds the layout tags of a sheet part to the handler; false when the part is not one this
     * scanner is sure of, in which case the handler may have seen part of it and must be dropped.
     */
    static boolean scan(InputStream in, XlsxSheetLayoutHandler handler) throws IOException {
        return new XlsxLayoutScanner(in, handler).scan();
    }

    private boolean scan() throws IOException {
        if (!fill() || !plausiblyUtf8()) {
            return false;
        }
        int depth = 0;
        boolean rootSeen = false;
        while (skipPast('<')) {
            int c = read();
            if (c == '/') {
                if (!skipPast('>') || --depth < 0) {
                    return false;
                }
            } else if (c == '?') {
                if (!declarationIsUtf8()) {
                    return false;
                }
            } else if (c == '!') {
                if (!skipMarkupDeclaration()) {
                    return false;
                }
            } else if (c == EOF || depth == 0 && rootSeen) {
                return false;
            } else {
                rootSeen = true;
                int opened = startTag(c);
                if (opened < 0) {
                    return false;
                }
                depth += opened;
            }
        }
        return rootSeen && depth == 0;
    }

    /** A UTF-16 part starts with a byte-order mark or a zero byte next to its first {@code <}. */
    private boolean plausiblyUtf8() {
        int b0 = buffer[0] & 0xFF;
        int b1 = length > 1 ? buffer[1] & 0xFF : -1;
        return !(b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE || b0 == 0 || b1 == 0);
    }

    /** Skips a processing instruction; the XML declaration, if any, must not name another encoding. */
    private boolean declarationIsUtf8() throws IOException {
        StringBuilder text = new StringBuilder();
        int previous = 0;
        for (int c = read(); c != EOF; c = read()) {
            if (c == '>' && previous == '?') {
                String declaration = text.toString();
                int at = declaration.indexOf("encoding");
                if (!declaration.startsWith("xml") || at < 0) {
                    return true;
                }
                String rest = declaration.substring(at + "encoding".length()).replaceAll("[\\s='\"]", " ").strip();
                return rest.regionMatches(true, 0, "utf-8", 0, 5) || rest.regionMatches(true, 0, "utf8", 0, 4);
            }
            if (text.length() < 200) {
                text.append((char) c);
            }
            previous = c;
        }
        return false;
    }

    /** A comment or a CDATA section is skipped; anything else after {@code <!} (a DOCTYPE) is not for us. */
    private boolean skipMarkupDeclaration() throws IOException {
        int c = read();
        if (c == '-') {
            return read() == '-' && skipPast("-->");
        }
        if (c == '[') {
            for (char expected : "CDATA[".toCharArray()) {
                if (read() != expected) {
                    return false;
                }
            }
            return skipPast("]]>");
        }
        return false;
    }

    /**
     * Reads a start tag whose name begins with {@code first}; gives it to the handler if it is a
     * layout tag. Returns 1 for an element left open, 0 for an empty one, -1 when unsure.
     */
    private int startTag(int first) throws IOException {
        name.setLength(0);
        int c = first;
        while (c != EOF && !isSpace(c) && c != '/' && c != '>') {
            name.append((char) c);
            c = read();
        }
        if (!localNameIs("row") && !localNameIs("col") && !localNameIs("mergeCell")) {
            return skipRestOfTag(c);
        }
        String qName = name.toString();
        String local = qName.substring(qName.indexOf(':') + 1);
        attributes.clear();
        while (true) {
            while (isSpace(c)) {
                c = read();
            }
            if (c == '>' || c == '/') {
                int opened = c == '>' ? 1 : read() == '>' ? 0 : -1;
                if (opened >= 0) {
                    handler.startElement("", local, qName, attributes);
                }
                return opened;
            }
            if (c == EOF || !attribute(c)) {
                return -1;
            }
            c = read();
        }
    }

    /** Whether the tag name just read, without its prefix, is {@code local}; makes no string per tag. */
    private boolean localNameIs(String local) {
        int start = name.length() - local.length();
        if (start < 0 || start > 0 && name.charAt(start - 1) != ':') {
            return false;
        }
        for (int i = 0; i < local.length(); i++) {
            if (name.charAt(start + i) != local.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Reads one attribute starting at {@code first}, up to its closing quote. */
    private boolean attribute(int first) throws IOException {
        StringBuilder attribute = new StringBuilder();
        int c = first;
        while (c != EOF && c != '=' && !isSpace(c)) {
            attribute.append((char) c);
            c = read();
        }
        while (isSpace(c)) {
            c = read();
        }
        if (c != '=') {
            return false;
        }
        c = read();
        while (isSpace(c)) {
            c = read();
        }
        if (c != '"' && c != '\'') {
            return false;
        }
        int quote = c;
        int size = 0;
        for (c = read(); c != quote; c = read()) {
            if (c == EOF || c == '<') {
                return false;
            }
            if (size == value.length) {
                value = Arrays.copyOf(value, size * 2);
            }
            value[size++] = (byte) c;
        }
        String text = attributeValue(new String(value, 0, size, StandardCharsets.UTF_8));
        if (text == null) {
            return false;
        }
        String qName = attribute.toString();
        attributes.addAttribute("", qName.substring(qName.indexOf(':') + 1), qName, "CDATA", text);
        return true;
    }

    /** An attribute value as XML reads it: white space as spaces, references replaced; null if unknown. */
    private static String attributeValue(String raw) {
        String text = raw.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int end = c == '&' ? text.indexOf(';', i) : -1;
            if (c != '&') {
                out.append(c);
                continue;
            }
            if (end < 0) {
                return null;
            }
            String entity = text.substring(i + 1, end);
            switch (entity) {
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "amp" -> out.append('&');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> {
                    try {
                        out.appendCodePoint(entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16)
                                : entity.startsWith("#") ? Integer.parseInt(entity.substring(1)) : -1);
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }
            }
            i = end;
        }
        return out.toString();
    }

    /** Skips to the end of a tag that is not a layout tag, minding quoted values that hold {@code >}. */
    private int skipRestOfTag(int current) throws IOException {
        int previous = 0;
        int quote = 0;
        for (int c = current; c != EOF; c = read()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return previous == '/' ? 0 : 1;
            }
            previous = c;
        }
        return -1;
    }

    private boolean skipPast(char wanted) throws IOException {
        while (true) {
            for (int i = position; i < length; i++) {
                if (buffer[i] == wanted) {
                    position = i + 1;
                    return true;
                }
            }
            position = length;
            if (!fill()) {
                return false;
            }
        }
    }

    /** Skips past {@code end} ("-->", "]]>"), comparing the last bytes read with it. */
    private boolean skipPast(String end) throws IOException {
        int[] last = new int[end.length()];
        for (int c = read(); c != EOF; c = read()) {
            System.arraycopy(last, 1, last, 0, last.length - 1);
            last[last.length - 1] = c;
            boolean matched = true;
            for (int i = 0; i < last.length && matched; i++) {
                matched = last[i] == end.charAt(i);
            }
            if (matched) {
                return true;
            }
        }
        return false;
    }

    private int read() throws IOException {
        if (position == length && !fill()) {
            return EOF;
        }
        return buffer[position++] & 0xFF;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        position = 0;
        length = Math.max(n, 0);
        return n > 0;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
