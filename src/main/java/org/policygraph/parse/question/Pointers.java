package org.policygraph.parse.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.QuestionCitations;
import org.policygraph.model.Located;
import org.policygraph.model.Pointer;
import org.policygraph.model.QuestionReference;
import org.policygraph.model.Span;

/**
 * Answer parts that only point elsewhere: "Zie vraag 1.", "Zie antwoord op vraag 2b.",
 * "Ik verwijs naar mijn antwoord op vraag nr. 12 van 3 maart 2023." Only a part whose whole text
 * is such a pointer counts: a part that answers and also says "zie ook" is an answer.
 */
final class Pointers {

    /** To a sub-question of the same question: "Zie vraag 1.", "Zie het antwoord op vraag 2 b)". */
    private static final Pattern TO_SUB_QUESTION = Pattern.compile(
            "^[Zz]ie (?:ook )?(?:het )?(?:(?:mijn )?antwoord (?:op|bij) )?(?:de )?(?:deel)?vraag (\\d{1,2})(?: ?([a-z])\\)?)?\\.?$");
    /**
     * To an earlier question: "Ik verwijs naar mijn antwoord op vraag nr. 12 van 3 maart 2023.",
     * "Zie mijn antwoord op de schriftelijke vraag nr. 12 van 3 maart 2023."
     */
    private static final Pattern TO_QUESTION = Pattern.compile(
            "^(?:[Zz]ie|(?:[Ii]k|[Hh]iervoor) verwijs(?: ik)?(?: [\\p{L} ]{1,40}?)? naar|[Vv]oor [^.]{1,80}? verwijs ik(?: [\\p{L} ]{1,40}?)? naar)"
                    + " (?:ook )?(?:mijn|het) antwoord op " + QuestionCitations.REGEX + "\\.?$");

    private Pointers() {
    }

    /** The pointer that the part's whole own text makes, if it makes one. */
    static Optional<Pointer> of(Located ownText) {
        String t = ownText.text().strip();
        Matcher m = TO_SUB_QUESTION.matcher(WorkDeadline.watch(t));
        if (m.matches()) {
            List<String> path = new ArrayList<>(List.of(m.group(1)));
            if (m.group(2) != null)
                path.add(m.group(2));
            return Optional.of(new Pointer.ToSubQuestion(path, ownText));
        }
        m = TO_QUESTION.matcher(WorkDeadline.watch(t));
        if (m.matches()) {
            Optional<QuestionCitations.Citation> cited = QuestionCitations.read(m, 1);
            if (cited.isEmpty())
                return Optional.empty();
            Span span = ownText.span();
            QuestionReference ref = new QuestionReference(cited.get().number(), Optional.of(cited.get().date()), Optional.empty(), Optional.empty(),
                    false, true, new Located(ownText.text(), span));
            return Optional.of(new Pointer.ToQuestion(ref, ownText));
        }
        return Optional.empty();
    }
}
