package org.policygraph.parse;

import java.util.regex.Pattern;

import org.policygraph.lang.Councils;
import org.policygraph.model.DocumentKind;
import org.policygraph.parse.question.QuestionPatterns;

/**
 * Tells from normalised text what kind of document it is, from explicit markers only, so that a
 * text is never forced into a shape it does not have.
 */
public final class DocumentKindDetector {

    /** How far into the text a written question's header may start. */
    private static final int HEADER_WINDOW = 600;
    /** Asker and date lines of a question header: "van VERA CELIS\ndatum: 14 augustus 2018". */
    private static final Pattern ASKER_AND_DATE = Pattern.compile("^(?i:van) [^\\n]{2,120}\\n(?i:datum) ?:", Pattern.MULTILINE);
    /** A numbered section headed "Advies" ("2 Advies"), or a first line that names the text an advice. */
    private static final Pattern ADVICE_SECTION = Pattern.compile("^(?:\\d{1,2}\\.? )?(?i:advies)(?: [^\\n]{0,200})?$", Pattern.MULTILINE);
    /** An advisory council named in the text: "Vlor", "SERV", "Raad Secundair Onderwijs". */
    private static final Pattern COUNCIL = Pattern.compile(Councils.COUNCIL_REGEX + "|" + Councils.SUB_COUNCIL_REGEX);

    private DocumentKindDetector() {
    }

    /** The kind of document {@code text} is. */
    public static DocumentKind detect(String text) {
        if (isWrittenQuestion(text))
            return DocumentKind.WRITTEN_QUESTION;
        if (ADVICE_SECTION.matcher(text).find() && COUNCIL.matcher(text).find())
            return DocumentKind.ADVICE;
        return DocumentKind.OTHER;
    }

    /** True when the text carries the explicit marks of a Flemish written question. */
    public static boolean isWrittenQuestion(String text) {
        String head = text.substring(0, Math.min(text.length(), HEADER_WINDOW));
        return hasQuestionMarker(head)
                || ASKER_AND_DATE.matcher(head).find()
                || QuestionPatterns.ANSWER_HEADER.matcher(text).find();
    }

    private static boolean hasQuestionMarker(String head) {
        for (String line : head.split("\n"))
            if (QuestionPatterns.QUESTION_MARKER.matcher(line).matches())
                return true;
        return false;
    }
}
