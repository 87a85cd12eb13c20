package org.policygraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String DUTCH = "De minister: “één” stage – 14.700 € voor Genk";

    @Test
    void utf8IsReadAsUtf8() {
        DecodedText t = TextDecoder.decode(DUTCH.getBytes(StandardCharsets.UTF_8));
        assertEquals(DUTCH, t.text());
        assertEquals("UTF-8", t.encoding());
    }

    @Test
    void utf8ByteOrderMarkIsDropped() {
        byte[] body = DUTCH.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(DUTCH, TextDecoder.decode(withBom).text());
    }

    @Test
    void utf16WithByteOrderMarkIsDetected() {
        byte[] bytes = ("\uFEFF" + DUTCH).getBytes(StandardCharsets.UTF_16LE);
        DecodedText t = TextDecoder.decode(bytes);
        assertEquals(DUTCH, t.text());
        assertEquals("UTF-16LE", t.encoding());
    }

    @Test
    void windows1252IsDetectedFromItsQuotesAndEuroSign() {
        DecodedText t = TextDecoder.decode(DUTCH.getBytes(Charset.forName("windows-1252")));
        assertEquals(DUTCH, t.text());
        assertEquals("windows-1252", t.encoding());
    }

    @Test
    void latin1WithoutWindowsCharactersIsLatin1() {
        String text = "Café in Liège, één leerling";
        DecodedText t = TextDecoder.decode(text.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(text, t.text());
        assertEquals("ISO-8859-1", t.encoding());
    }

    @Test
    void emptyFileIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextDecoder.decode(new byte[0]));
        assertEquals("empty file", e.getMessage());
    }

    @Test
    void blankFileIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TextDecoder.decode(" \n\n \t".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void binaryFileIsRefused() {
        byte[] bytes = new byte[512];
        for (int i = 0; i < bytes.length; i++)
            bytes[i] = (byte) (i * 37);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextDecoder.decode(bytes));
        assertTrue(e.getMessage().startsWith("binary content"), e.getMessage());
    }

    @Test
    void fileCutInsideAUtf8CharacterIsTruncated() {
        byte[] full = "Antwoord over één leerling".getBytes(StandardCharsets.UTF_8);
        int cut = "Antwoord over ".getBytes(StandardCharsets.UTF_8).length + 1; // inside "é"
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TextDecoder.decode(Arrays.copyOf(full, cut)));
        assertTrue(e.getMessage().startsWith("truncated"), e.getMessage());
    }
}
