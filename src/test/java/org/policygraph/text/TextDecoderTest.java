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

    /**
     * The fast decoding is taken only where it holds no U+FFFD: then the strict decoder reads the
     * same bytes as UTF-8 and gives the same text (surrogates, overlong forms, code points past
     * U+10FFFF and cut sequences all give U+FFFD).
     */
    @Test
    void aDecodingWithoutReplacementCharacterIsTheStrictOne() throws Exception {
        byte[][] pieces = {"a".getBytes(StandardCharsets.UTF_8), "é".getBytes(StandardCharsets.UTF_8), "€".getBytes(StandardCharsets.UTF_8),
                "\uD835\uDC00".getBytes(StandardCharsets.UTF_8), "\uFFFD".getBytes(StandardCharsets.UTF_8), {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xC0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
                {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {0}};
        java.util.Random random = new java.util.Random(31);
        int valid = 0;
        for (int n = 0; n < 50_000; n++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = random.nextInt(8); i >= 0; i--)
                out.write(pieces[random.nextInt(pieces.length)]);
            byte[] b = out.toByteArray();
            String fast = new String(b, StandardCharsets.UTF_8);
            if (fast.indexOf('\uFFFD') >= 0)
                continue;
            valid++;
            String strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(b)).toString();
            assertEquals(strict, fast);
        }
        assertTrue(valid > 1000, "valid byte strings: " + valid);
    }
}
