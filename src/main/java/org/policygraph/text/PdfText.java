package org.policygraph.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the text layer of a PDF into raw text for the {@link Normaliser}, so that a PDF and the same
 * document as text end up as the same normalised text.
 * <p>
 * Each text line of a page becomes a line; vertical space between lines becomes blank lines, as a
 * paragraph break in a text file would be; running headers, footers and page numbers are dropped
 * ({@link RunningHeaders}); pages are separated by a form feed, which the normaliser turns into a
 * paragraph break (and joins over when a sentence runs on to the next page). Encrypted, image-only
 * (scanned), truncated and corrupt files, and files that are not PDF at all, are refused with the
 * reason.
 * <pre>{@code
 * DecodedText raw = PdfText.decode(Files.readAllBytes(Path.of("vraag.pdf")));
 * String text = Normaliser.normalise(raw.text());
 * }</pre>
 */
public final class PdfText {

    /** What stands for the character encoding of text that came out of a PDF. */
    public static final String ENCODING = "PDF text layer";
    /**
     * Fewer letters and digits than this per page on average: no real text layer (a scan, maybe with
     * a stamp or a typed running header). A page of running text has a thousand or more.
     */
    static final int MIN_CHARS_PER_PAGE = 20;
    /** The PDF header must start within this many bytes of the start (as readers accept it). */
    private static final int HEADER_WINDOW = 1024;
    /** The end-of-file marker must be within this many bytes of the end. */
    private static final int TRAILER_WINDOW = 1024;
    /** A gap of this many normal line distances or more is a paragraph break. */
    private static final float PARAGRAPH_GAP = 1.3f;
    /** At most this many blank lines for one vertical gap; more says nothing more to the normaliser. */
    private static final int MAX_BLANKS = 3;
    /** Line distance over font size when a document gives no evidence of its own (single spacing). */
    private static final float DEFAULT_LINE_DISTANCE = 1.2f;
    /** Longest reason taken from a PDFBox message, which can quote whole objects. */
    private static final int MAX_REASON = 160;

    private PdfText() {
    }

    /**
     * Extracts the text of the PDF in {@code bytes}.
     *
     * @throws IllegalArgumentException with a one-line reason when the bytes are not a readable PDF
     *                                  with a text layer
     */
    public static DecodedText decode(byte[] bytes) {
        List<List<PdfLine>> pages = read(bytes, PdfLines::read);
        int pageCount = pages.size();
        // Counted without headers and footers: a scan may carry a typed running header on every page.
        List<List<PdfLine>> body = RunningHeaders.strip(pages);
        checkTextLayer(body.stream().flatMap(List::stream).mapToLong(l -> letters(l.text())).sum(), pageCount);
        return new DecodedText(layout(body), ENCODING);
    }

    /** What is read out of an open PDF. */
    @FunctionalInterface
    public interface PageReader<T> {
        /** Reads what is wanted from {@code document}. */
        T read(PDDocument document) throws IOException;
    }

    /**
     * Opens the PDF in {@code bytes} and reads it with {@code reader}, refusing what is not a readable
     * PDF with the same reasons whatever is read from it.
     *
     * @throws IllegalArgumentException with a one-line reason when the bytes are not a readable PDF
     */
    public static <T> T read(byte[] bytes, PageReader<T> reader) {
        checkFraming(bytes);
        int pageCount;
        T read;
        // The bytes are in memory already (they were hashed); PDFBox reads them in place, and keeps
        // any scratch data of its own in a temporary file rather than on the heap.
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            pageCount = document.getNumberOfPages();
            read = reader.read(document);
        } catch (InvalidPasswordException e) {
            throw new IllegalArgumentException("encrypted PDF: it cannot be opened without a password", e);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("corrupt PDF: " + oneLine(e), e);
        } catch (LinkageError e) {
            // Certificate-encrypted PDFs need Bouncy Castle, which is not on the class path.
            throw new IllegalArgumentException("PDF that cannot be opened here (" + oneLine(e) + ")", e);
        }
        if (pageCount == 0)
            throw new IllegalArgumentException("PDF without pages");
        return read;
    }

    /** Refuses what is not a PDF or was cut off, before PDFBox tries to make sense of it. */
    private static void checkFraming(byte[] bytes) {
        if (bytes.length == 0)
            throw new IllegalArgumentException("empty file");
        if (indexOf(bytes, "%PDF-", 0, Math.min(bytes.length, HEADER_WINDOW)) < 0)
            throw new IllegalArgumentException(looksLikeText(bytes)
                    ? "not a PDF: the file holds plain text (no %PDF- header)"
                    : "not a PDF (no %PDF- header)");
        // PDFBox would rebuild a truncated file from what is left and quietly lose the rest.
        if (indexOf(bytes, "%%EOF", Math.max(0, bytes.length - TRAILER_WINDOW), bytes.length) < 0)
            throw new IllegalArgumentException("truncated PDF (no %%EOF marker at the end)");
    }

    private static boolean looksLikeText(byte[] bytes) {
        try {
            TextDecoder.decode(bytes);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The letters and digits of a line, as the text layer is measured. */
    public static long letters(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit).count();
    }

    /**
     * Refuses a PDF whose pages, without their furniture, hold fewer than
     * {@value #MIN_CHARS_PER_PAGE} letters or digits a page: a scan without a text layer.
     *
     * @throws IllegalArgumentException with the reason
     */
    public static void checkTextLayer(long chars, int pageCount) {
        if (chars < (long) MIN_CHARS_PER_PAGE * pageCount)
            throw new IllegalArgumentException("no text layer (" + pageCount + (pageCount == 1 ? " page" : " pages")
                    + " with " + chars + " letters or digits of text): a scan without OCR?");
    }

    /** Pages as text: lines, blank lines for vertical space, a form feed between pages. */
    static String layout(List<List<PdfLine>> pages) {
        float lineDistance = lineDistance(pages);
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < pages.size(); p++) {
            if (p > 0)
                sb.append('\f');
            List<PdfLine> page = pages.get(p);
            for (int i = 0; i < page.size(); i++) {
                if (i > 0)
                    sb.append("\n".repeat(1 + blanksBetween(page.get(i - 1), page.get(i), lineDistance)));
                sb.append(lineText(page.get(i).text()));
            }
        }
        return sb.toString();
    }

    /**
     * A line's text as a PDF gives it, ready for the normaliser.
     * A hyphen that PDF writers emit as a soft hyphen (U+00AD) or as U+2010 at a line end becomes
     * "-", which the normaliser repairs across the line break; a soft hyphen would otherwise be
     * dropped as invisible and leave the word split in two.
     */
    public static String lineText(String text) {
        String s = text.stripTrailing();
        if (s.endsWith("\u00AD") || s.endsWith("\u2010"))
            return s.substring(0, s.length() - 1) + "-";
        return s;
    }

    /** The blank lines that stand for the vertical space between two lines: 0 within a paragraph. */
    public static int blanksBetween(PdfLine above, PdfLine below, float lineDistance) {
        float size = Math.max(above.fontSize(), below.fontSize());
        float gap = below.baseline() - above.baseline();
        if (size <= 0 || gap <= 0)
            return 0;
        float distances = gap / (lineDistance * size);
        if (distances < PARAGRAPH_GAP)
            return 0;
        return Math.min(MAX_BLANKS, Math.max(1, Math.round(distances) - 1));
    }

    /**
     * The document's normal distance between lines, over font size: the most frequent one among
     * gaps that could be single or one-and-a-half spacing (rounded to 0.05).
     */
    public static float lineDistance(List<List<PdfLine>> pages) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (List<PdfLine> page : pages)
            for (int i = 1; i < page.size(); i++) {
                float size = Math.max(page.get(i - 1).fontSize(), page.get(i).fontSize());
                if (size <= 0)
                    continue;
                float ratio = (page.get(i).baseline() - page.get(i - 1).baseline()) / size;
                if (ratio >= 0.9f && ratio <= 1.75f)
                    counts.merge(Math.round(ratio * 20), 1, Integer::sum);
            }
        int best = -1;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet())
            if (e.getValue() > bestCount || (e.getValue() == bestCount && e.getKey() < best)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        return best < 0 ? DEFAULT_LINE_DISTANCE : best / 20f;
    }

    private static int indexOf(byte[] bytes, String ascii, int from, int to) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++)
                if (bytes[i + j] != needle[j])
                    continue outer;
            return i;
        }
        return -1;
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > MAX_REASON ? m.substring(0, MAX_REASON) + "…" : m;
    }
}
