package org.policygraph.parse.question;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.model.Located;
import org.policygraph.model.Person;
import org.policygraph.model.Span;
import org.policygraph.lang.PostTitles;
import org.policygraph.lang.QuestionCitations;
import org.policygraph.lang.PersonNames;
import org.policygraph.text.Line;

/**
 * The header of older questions, on one line: "Vraag nr. 12 van 3 maart 2003 van MARC DEWAELE aan
 * de heer PAUL VAN GREMBERGEN, Vlaams minister van Binnenlandse Aangelegenheden". Read as the
 * multi-line {@link Header} would be.
 */
final class OneLineHeader {

    /** What follows "aan": an honorific, the addressee's name, and after a comma the post. Groups: 1 name, 2 post. */
    private static final Pattern ADDRESSEE = Pattern.compile(
            "(?:(?i:de heer|mevrouw|minister|viceminister-president|minister-president) )?([^,]{2,80}?)(?:, ?(.{3,300}))?");

    private OneLineHeader() {
    }

    /** The header read from {@code line}, when the line is one. */
    static Optional<Header> read(Line line, int nextLine) {
        Matcher m = QuestionCitations.HEADER_LINE.matcher(WorkDeadline.watch(line.text()));
        if (!m.matches() || m.group(QuestionCitations.GROUPS + 1) == null || m.group(QuestionCitations.GROUPS + 2) == null)
            return Optional.empty();
        int to = QuestionCitations.GROUPS + 2;
        Matcher a = ADDRESSEE.matcher(WorkDeadline.watch(m.group(to)));
        if (!a.matches())
            return Optional.empty();
        Optional<LocalDate> date = QuestionCitations.read(m, 1).map(QuestionCitations.Citation::date);
        Optional<Person> asker = PersonNames.person(m.group(QuestionCitations.GROUPS + 1));
        Optional<Person> addressee = PersonNames.person(a.group(1));
        if (date.isEmpty() || asker.isEmpty() || addressee.isEmpty())
            return Optional.empty();
        Located number = new Located(m.group(1), new Span(line.start() + m.start(1), line.start() + m.end(1)));
        int postStart = line.start() + m.start(to) + (a.group(2) == null ? 0 : a.start(2));
        Optional<Located> post = Optional.ofNullable(a.group(2))
                .map(p -> new Located(PostTitles.normalCase(p.strip()), new Span(postStart, postStart + p.length())));
        return Optional.of(new Header(true, Optional.of(number), date, asker, addressee, post, nextLine));
    }
}
