package org.policygraph.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.policygraph.deadline.WorkDeadline;

/**
 * Decodes the bytes of a text file, detecting the encoding instead of assuming it.
 * <p>
 * Order: a byte-order mark decides (UTF-8, UTF-16LE/BE); otherwise bytes that are valid UTF-8 are
 * UTF-8; otherwise the text is single-byte: Windows-1252 when it uses the bytes 0x80-0x9F that
 * Windows-1252 defines (curly quotes, euro sign, dashes), else ISO-8859-1. Files that are not text at
 * all (NUL bytes, many control characters) or that end inside a UTF-8 character are refused.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Share of control characters above which a file is taken for binary. */
    private static final double MAX_CONTROL_SHARE = 0.02;

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @throws IllegalArgumentException with the reason when the bytes are not usable text
     */
    public static DecodedText decode(byte[] bytes) {
        if (bytes.length == 0)
            throw new IllegalArgumentException("empty file");
        Optional<DecodedText> withBom = decodeByBom(bytes);
        if (withBom.isPresent())
            return checkedText(withBom.get());
        if (containsNul(bytes))
            throw new IllegalArgumentException("binary content (NUL bytes), not a text document");
        // Between whole-text passes, as in DocumentReader.load.
        WorkDeadline.check();
        Optional<String> utf8 = strictUtf8(bytes);
        WorkDeadline.check();
        if (utf8.isPresent())
            return checkedText(new DecodedText(utf8.get(), "UTF-8"));
        if (endsInsideUtf8Sequence(bytes) && strictUtf8(trimIncompleteTail(bytes)).isPresent())
            throw new IllegalArgumentException("truncated: the file ends inside a UTF-8 character");
        Charset single = usesWindows1252Range(bytes) ? WINDOWS_1252 : StandardCharsets.ISO_8859_1;
        return checkedText(new DecodedText(new String(bytes, single), single.name()));
    }

    private static Optional<DecodedText> decodeByBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)
            return Optional.of(new DecodedText(strict(b, 3, StandardCharsets.UTF_8, "UTF-8"), "UTF-8"));
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
            return Optional.of(new DecodedText(strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE"));
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
            return Optional.of(new DecodedText(strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE"));
        return Optional.empty();
    }

    private static String strict(byte[] b, int offset, Charset cs, String name) {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("invalid " + name + " after a " + name + " byte-order mark", e);
        }
    }

    private static Optional<String> strictUtf8(byte[] b) {
        // the String constructor's decoding is the JDK's fastest, but replaces what is no UTF-8 with
        // U+FFFD: without one in its result the bytes were all UTF-8, and the strict decoder agrees
        String fast = new String(b, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0)
            return Optional.of(fast);
        try {
            return Optional.of(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean containsNul(byte[] b) {
        for (byte x : b)
            if (x == 0)
                return true;
        return false;
    }

    /** True when the last bytes start a multi-byte UTF-8 sequence that is not completed. */
    private static boolean endsInsideUtf8Sequence(byte[] b) {
        int i = b.length - 1;
        int continuation = 0;
        while (i >= 0 && continuation < 4 && (b[i] & 0xC0) == 0x80) {
            continuation++;
            i--;
        }
        if (i < 0)
            return false;
        int lead = b[i] & 0xFF;
        int needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
        return needed > continuation;
    }

    private static byte[] trimIncompleteTail(byte[] b) {
        int i = b.length - 1;
        while (i >= 0 && (b[i] & 0xC0) == 0x80)
            i--;
        byte[] out = new byte[Math.max(i, 0)];
        System.arraycopy(b, 0, out, 0, out.length);
        return out;
    }

    private static boolean usesWindows1252Range(byte[] b) {
        for (byte x : b) {
            int v = x & 0xFF;
            if (v >= 0x80 && v <= 0x9F)
                return true;
        }
        return false;
    }

    private static DecodedText checkedText(DecodedText t) {
        String s = t.text();
        if (s.isBlank())
            throw new IllegalArgumentException("no text (only white space)");
        long control = s.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f').count();
        if (control > 0 && (s.indexOf('\0') >= 0 || control > s.length() * MAX_CONTROL_SHARE))
            throw new IllegalArgumentException("binary content (" + control + " control characters), not a text document");
        return t;
    }
}
