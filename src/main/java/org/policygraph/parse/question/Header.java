package org.policygraph.parse.question;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.DutchDates;
import org.policygraph.lang.PersonNames;
import org.policygraph.lang.PostTitles;
import org.policygraph.model.Located;
import org.policygraph.model.Person;
import org.policygraph.model.Span;
import org.policygraph.text.Line;

/**
 * The header block at the top of a written question: the "SCHRIFTELIJKE VRAAG" line, "nr.",
 * "van", "datum:", "aan" and the addressee's post in capitals, in any order and with any of them
 * missing. Reading stops at the first line that is none of these.
 *
 * @param nextLine  index of the first line after the header
 */
record Header(boolean found, Optional<Located> number, Optional<LocalDate> date, Optional<Person> asker,
              Optional<Person> addressee, Optional<Located> addresseeTitle, int nextLine) {

    /** Reads the header from the first lines, up to line {@code last}. */
    static Header read(List<Line> lines, int last) {
        Optional<Located> number = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        Optional<Person> asker = Optional.empty();
        Optional<Person> addressee = Optional.empty();
        Optional<Located> addresseeTitle = Optional.empty();
        boolean found = false;
        int i = 0;
        while (i <= last) {
            Line line = lines.get(i);
            String t = line.text();
            Matcher m;
            if (line.isBlank() || QuestionPatterns.QUESTION_MARKER.matcher(WorkDeadline.watch(t)).matches()) {
                found |= !line.isBlank();
                i++;
            } else if ((m = QuestionPatterns.NUMBER_LINE.matcher(WorkDeadline.watch(t))).matches() && number.isEmpty()) {
                number = Optional.of(new Located(m.group(1), new Span(line.start() + m.start(1), line.start() + m.end(1))));
                found = true;
                i++;
            } else if ((m = QuestionPatterns.DATE_LINE.matcher(WorkDeadline.watch(t))).matches() && date.isEmpty()
                    && DutchDates.parse(m.group(1)).isPresent()) {
                date = DutchDates.parse(m.group(1));
                found = true;
                i++;
            } else if ((m = QuestionPatterns.ADDRESSEE_LINE.matcher(WorkDeadline.watch(t))).matches() && addressee.isEmpty()
                    && PersonNames.person(m.group(1)).isPresent()) {
                addressee = PersonNames.person(m.group(1));
                found = true;
                int first = WrittenQuestionParser.skipBlank(lines, i + 1, last);
                int end = first;
                while (end <= last && Capitals.isCapitalised(lines.get(end).text()))
                    end++;
                addresseeTitle = Capitals.joinedLines(lines, first, end - 1)
                        .map(l -> new Located(PostTitles.normalCase(l.text()), l.span()));
                i = addresseeTitle.isPresent() ? end : i + 1;
            } else if ((m = QuestionPatterns.ASKER_LINE.matcher(WorkDeadline.watch(t))).matches() && asker.isEmpty()
                    && PersonNames.person(m.group(1)).isPresent()) {
                asker = PersonNames.person(m.group(1));
                Matcher inline = QuestionPatterns.INLINE_DATE.matcher(WorkDeadline.watch(t));
                if (date.isEmpty() && inline.find())
                    date = DutchDates.parse(inline.group(1));
                found = true;
                i++;
            } else {
                break;
            }
        }
        return new Header(found, number, date, asker, addressee, addresseeTitle, found ? i : 0);
    }
}
