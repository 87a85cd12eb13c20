package org.policygraph.lang;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;

/**
 * The one grammar of a cited written question: "vraag nr. N van DATUM [van NAAM]", as headers,
 * answer headings, pointers and running text write it: "schriftelijke vraag nr. 106 van 13 november
 * 2017 van Ann Brusseel", "op vraag nr. 497 van 5 september 2023", "nr. 58 van 17 oktober 2017".
 * Callers embed {@link #REGEX} in the sentence they recognise ("Ik verwijs naar mijn antwoord op ...")
 * and read its groups with {@link #read}.
 * <pre>{@code
 * Matcher m = QuestionCitations.IN_TEXT.matcher(WorkDeadline.watch("zie vraag nr. 12 van 3 maart 2023 van Ann Peeters"));
 * m.find();
 * QuestionCitations.read(m, 1);   // Citation[number=12, date=2023-03-03]
 * }</pre>
 */
public final class QuestionCitations {

    /**
     * A question's number: "nr. 497", "vraag nr. 12a", "de schriftelijke vraag (nr. 58", the words
     * before the number optional and in any case. One group: the number.
     */
    public static final String NUMBER = "(?i:(?:de )?(?:(?:schriftelijke|parlementaire) )?vraag )?\\(?(?i:nr)\\.? ?(\\d{1,6}[a-zA-Z]?)";
    /**
     * A question cited by number and parliamentary year: "vraag (nr. 58, 2017-2018)", "nr. 58, 2017-2018".
     * Groups: number, first year, second year.
     */
    public static final Pattern BY_SESSION = Pattern.compile(NUMBER + ", ((?:19|20)\\d{2})-((?:19|20)\\d{2})");

    /**
     * "(de) (schriftelijke|parlementaire) vraag nr. 12a van 3 maart 2023", the words before the
     * number optional and in any case. Groups ({@link #GROUPS}): number, day, month name, year.
     */
    public static final String REGEX = NUMBER + " (?i:van) " + DutchDates.WORDED_REGEX;
    /** How many groups {@link #REGEX} has. */
    public static final int GROUPS = 4;
    /** A citation in running text with its asker when named: "... van Ann Brusseel". Group 5: the asker. */
    public static final Pattern IN_TEXT = Pattern.compile(REGEX + "(?: van " + PersonNames.IN_TEXT_REGEX + ")?");

    /**
     * A whole header on one line, as older questions write it: "Vraag nr. 12 van 3 maart 2003 van
     * JAN PEETERS aan BART SOMERS, VLAAMS MINISTER VAN ...". Groups: the four of {@link #REGEX},
     * then 5 the asker and 6 the addressee as written, each optional.
     */
    public static final Pattern HEADER_LINE = Pattern.compile(
            "^" + REGEX + "(?: (?i:van) (.{2,120}?))?(?: (?i:aan) (.{2,300}?))?\\.?$");

    private QuestionCitations() {
    }

    /** A cited question: its number as written ("497", "12a") and its date. */
    public record Citation(String number, LocalDate date) {
    }

    /** The citation in {@code m}'s groups from {@code firstGroup} on; empty when the date names no real day. */
    public static Optional<Citation> read(MatchResult m, int firstGroup) {
        return DutchDates.worded(m.group(firstGroup + 1), m.group(firstGroup + 2), m.group(firstGroup + 3))
                .map(date -> new Citation(m.group(firstGroup), date));
    }
}
