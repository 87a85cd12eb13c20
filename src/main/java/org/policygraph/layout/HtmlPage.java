package org.policygraph.layout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * An HTML page's bytes decoded: in the charset the page declares (byte-order mark or meta element),
 * UTF-8 when it declares none, Windows-1252 when undeclared bytes are not UTF-8.
 *
 * @param undecodable  characters that could not be decoded in the page's declared charset
 */
record HtmlPage(Document document, int undecodable) {

    /** More undecodable characters than this share of the text: the page is not in the charset it declares. */
    private static final double MAX_UNDECODABLE_SHARE = 0.01;

    /**
     * Decodes a page.
     *
     * @throws IllegalArgumentException with the reason when the bytes are not a readable page
     */
    static HtmlPage decode(byte[] bytes) {
        if (bytes.length == 0)
            throw new IllegalArgumentException("empty file");
        if (isBinary(bytes))
            throw new IllegalArgumentException("binary content (NUL bytes), not an HTML page");
        Document doc = parse(bytes, null);
        int undecodable = count(doc.body().text(), '\uFFFD');
        if (undecodable > 0 && !declaresCharset(doc, bytes)) {
            doc = parse(bytes, "windows-1252");
            undecodable = 0;
        }
        if (undecodable > doc.body().text().length() * MAX_UNDECODABLE_SHARE + 2)
            throw new IllegalArgumentException(undecodable + " bytes are not valid " + doc.charset().name()
                    + ", the charset the page declares");
        return new HtmlPage(doc, undecodable);
    }

    private static Document parse(byte[] bytes, String charset) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(bytes), charset, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot decode the page: " + e.getMessage(), e);
        }
    }

    private static boolean isBinary(byte[] bytes) {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
        if (utf16)
            return false;
        for (byte b : bytes)
            if (b == 0)
                return true;
        return false;
    }

    /** Whether the page names its charset (a byte-order mark or a meta element), so a wrong byte is the page's fault. */
    private static boolean declaresCharset(Document doc, byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF)
            return true;
        return doc.selectFirst("meta[charset], meta[http-equiv=content-type][content*=charset]") != null;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++)
            if (s.charAt(i) == c)
                n++;
        return n;
    }
}
