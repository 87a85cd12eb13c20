package org.policygraph.layout;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDFBox text stripper that drops the glyphs printed twice (a word processor's fake bold) with
 * {@link OverprintedGlyphs} in place of PDFBox's own check, which makes the same decisions at several
 * times the cost. PDFBox leaves glyphs alone while an ActualText of a marked-content sequence
 * replaces them, and keeps that state to itself: it is followed here from the same calls.
 */
abstract class OverprintDroppingStripper extends PDFTextStripper {

    private final OverprintedGlyphs overprinted = new OverprintedGlyphs();
    /** Whether an ActualText replaces the glyphs now; for each open sequence, whether it has one. */
    private boolean actualText;
    private final Deque<Boolean> sequences = new ArrayDeque<>();

    protected OverprintDroppingStripper() {
        setSuppressDuplicateOverlappingText(false);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        // where PDFBox forgets the glyphs of the page before
        overprinted.clear();
        super.processPage(page);
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        // as PDFBox does: a sequence without ActualText inside one with it ends the replacement
        boolean has = PDMarkedContent.create(tag, properties).getActualText() != null;
        sequences.push(has);
        actualText = has;
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        if (!sequences.isEmpty() && sequences.pop())
            actualText = false;
        super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (!actualText && overprinted.repeats(text.getUnicode(), text.getX(), text.getY(), text.getWidth()))
            return;
        super.processTextPosition(text);
    }
}
