package org.policygraph.parse.question;

import java.util.List;
import java.util.Optional;

import org.policygraph.lang.PersonNames;
import org.policygraph.lang.PostTitles;
import org.policygraph.model.Located;
import org.policygraph.model.Person;
import org.policygraph.text.Line;

/**
 * The minister's signature between question and answer: a name in capitals followed by the post
 * in capitals ("HILDE CREVITS / VICEMINISTER-PRESIDENT VAN DE VLAAMSE REGERING, ..."). A name in
 * running-text case above the post ("Hilde Crevits", as documents converted to Markdown keep it) is
 * read too; a post is never read as a name.
 *
 * @param firstLine  index of the signature's first line; one past the question when there is none
 */
record Signature(Optional<Person> name, Optional<Located> title, int firstLine) {

    /** Reads the signature that ends at line {@code last} (blank lines before it are skipped). */
    static Signature above(List<Line> lines, int last) {
        int end = last;
        while (end >= 0 && lines.get(end).isBlank())
            end--;
        int first = end;
        while (first - 1 >= 0 && (lines.get(first - 1).isBlank() || Capitals.isCapitalised(lines.get(first - 1).text())))
            first--;
        while (first <= end && lines.get(first).isBlank())
            first++;
        Signature none = new Signature(Optional.empty(), Optional.empty(), last + 1);
        if (end < 0 || first > end || !Capitals.isCapitalised(lines.get(first).text()))
            return none;
        if (PostTitles.namesPost(lines.get(first).text()))
            return nameInRunningText(lines, first, end);
        Optional<Person> name = PersonNames.person(lines.get(first).text());
        if (name.isEmpty())
            return none;
        return new Signature(name, title(lines, WrittenQuestionParser.skipBlank(lines, first + 1, end), end), first);
    }

    /** The signature whose capitals begin with the post at {@code post}: its name is the line above, when that is a name. */
    private static Signature nameInRunningText(List<Line> lines, int post, int end) {
        Optional<Located> title = title(lines, post, end);
        int above = post - 1;
        Optional<Person> name = above >= 0 && !lines.get(above).isBlank() && !PostTitles.namesPost(lines.get(above).text())
                ? PersonNames.person(lines.get(above).text()) : Optional.empty();
        return name.isPresent() ? new Signature(name, title, above) : new Signature(Optional.empty(), title, post);
    }

    /** The post written in capitals on lines {@code first..end}, in running-text case. */
    private static Optional<Located> title(List<Line> lines, int first, int end) {
        return Capitals.joinedLines(lines, first, end).map(l -> new Located(PostTitles.normalCase(l.text()), l.span()));
    }
}
