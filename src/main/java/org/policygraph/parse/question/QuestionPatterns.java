package org.policygraph.parse.question;

import java.util.regex.Pattern;

import org.policygraph.deadline.StartScan;
import org.policygraph.lang.QuestionCitations;

/**
 * The regular expressions that recognise the parts of a Flemish written question. They work on
 * normalised text, where each header field stands on its own line.
 */
public final class QuestionPatterns {

    private QuestionPatterns() {
    }

    /**
     * The heading of the answer, on one or several lines:
     * "ANTWOORD\nop vraag nr. 497 van 5 september 2023\nvan KURT DE LOOR" or
     * "ANTWOORD op vraag nr. 222 van 3 maart 2023 van ELISABETH MEULEMAN".
     * Groups: 1 number, 2-4 day/month/year, 5 asker as written (rest of the line).
     */
    public static final Pattern ANSWER_HEADER = Pattern.compile(
            "^(?:ANTWOORD|Antwoord)[ \\n]{1,3}(?i:op) " + QuestionCitations.REGEX
                    + "(?:[ \\n]{1,3}(?i:van) ([^\\n]{2,120}))?",
            Pattern.MULTILINE);

    /** The word "ANTWOORD" alone on a line, where the answer gives no reference. */
    public static final Pattern ANSWER_MARKER = Pattern.compile("^(?:ANTWOORD|Antwoord)$", Pattern.MULTILINE);
    /** The first letter of both answer patterns: with their "^", what a scan of a whole document tries. */
    private static final StartScan.CharSet ANSWER_STARTS = StartScan.anyOf("A");

    /** The document type line of the header: "SCHRIFTELIJKE VRAAG". */
    public static final Pattern QUESTION_MARKER = Pattern.compile("^(?i:schriftelijke vraag)$");

    /** Header line with the number: "nr. 497", "vraag nr. 497". Group 1: number. */
    public static final Pattern NUMBER_LINE = Pattern.compile("^" + QuestionCitations.NUMBER + "$");

    /** Header line with the asker: "van KURT DE LOOR", optionally followed by the date field. Group 1: name. */
    public static final Pattern ASKER_LINE = Pattern.compile("^(?i:van) (.{2,120}?)(?: (?i:datum) ?:.*)?$");

    /** Header line with the date: "datum: 5 september 2023". Group 1: the date as written. */
    public static final Pattern DATE_LINE = Pattern.compile("^(?i:datum) ?: ?(.{6,40})$");

    /** Header line with the addressee: "aan BART SOMERS". Group 1: name. */
    public static final Pattern ADDRESSEE_LINE = Pattern.compile("^(?i:aan) (.{2,120})$");

    /** A date field anywhere on the asker line: "van VERA CELIS datum: 14 augustus 2018". Group 1: date. */
    public static final Pattern INLINE_DATE = Pattern.compile("(?i:datum) ?: ?(.{6,40})$");

    /**
     * The {@link #ANSWER_HEADER}s of {@code text}, as {@code find()} gives them: tried only at line
     * starts that open with "A", not at every character of the document (every document is scored
     * as a question).
     */
    static StartScan answerHeaders(String text) {
        return StartScan.of(ANSWER_HEADER, text, ANSWER_STARTS, StartScan.LINE_START);
    }

    /** The {@link #ANSWER_MARKER}s of {@code text}, as {@link #answerHeaders} finds the headers. */
    static StartScan answerMarkers(String text) {
        return StartScan.of(ANSWER_MARKER, text, ANSWER_STARTS, StartScan.LINE_START);
    }
}
