package org.policygraph.model;

/**
 * A stretch of a document that a kind names for the extract stage to read.
 *
 * @param answerSide   true for text the addressee writes (an answer), where "vraag nr. N" cites the
 *                     addressee's own earlier questions
 * @param withFigures  false for text read for references and mentions only (a title)
 */
public record Region(Span span, boolean answerSide, boolean withFigures) {

    /** The whole text, read for everything. */
    public static Region whole(int textLength) {
        return new Region(new Span(0, textLength), false, true);
    }
}
