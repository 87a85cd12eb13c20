package org.policygraph.extract.grants;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.lang.GrantWords;
import org.policygraph.lang.GrantWords.Role;
import org.policygraph.model.Figure;
import org.policygraph.model.Grant;
import org.policygraph.model.Located;
import org.policygraph.model.Mention;
import org.policygraph.model.Span;

/**
 * Grants listed under a line that says what the list is: "Volgende organisaties kregen een
 * subsidie:" followed by items "- vzw Speelplein Het Bos: 8.500 euro;". The item names the
 * recipient before its amount; the lead-in gives the verb, and says the items are organisations
 * (or each item's name says so itself).
 */
final class ListGrants {

    /** A list item's bullet or label: "- ", "• ", "a) ", "3. ". */
    private static final Pattern ITEM = Pattern.compile("^\\s{0,8}(?:[-–•·▪*]|\\d{1,2}[.)]|[a-z][.)])\\s+");
    /** What separates an item's name from its amount: "vzw De Brug: 14.700 euro", "De Brug – 14.700 euro", "De Brug (14.700 euro)". */
    private static final Pattern NAME_END = Pattern.compile("\\s*(?::|–|-|\\(|€)?\\s*$");
    /** A recipient's name in an item: letters first, no digits, at most eight words. */
    private static final Pattern NAME = Pattern.compile("\\p{L}[^\\d:;()]{0,80}");
    /** An article before an item's name, not part of it: "de gemeente Herselt". */
    private static final Pattern ARTICLE = Pattern.compile("^(?i:de|het|'t|’t)\\s+");
    private static final int MAX_NAME_WORDS = 8;
    /** How many lines above an item its lead-in may stand. */
    private static final int MAX_LINES_UP = 40;

    private final String text;
    private final Span region;
    private final List<Mention> mentions;
    private final Diagnostics report;

    ListGrants(String text, Span region, List<Mention> mentions, Diagnostics report) {
        this.text = text;
        this.region = region;
        this.mentions = mentions;
        this.report = report;
    }

    /** The grant {@code f} is the amount of, when it stands in an item of a list of grants. */
    Optional<Grant> read(Figure f) {
        int lineStart = text.lastIndexOf('\n', f.quote().span().start() - 1) + 1;
        // anchored at the line's start: looked at there alone, not copied and searched through a long line
        Matcher bullet = ITEM.matcher(WorkDeadline.watch(text)).region(lineStart, f.quote().span().start());
        if (!bullet.lookingAt())
            return Optional.empty();
        Optional<Located> leadIn = leadIn(lineStart);
        if (leadIn.isEmpty())
            return Optional.empty();
        String lead = leadIn.get().text();
        if (!(GrantWords.has(Role.RECEIVE, lead) || GrantWords.has(Role.AWARD, lead) || GrantWords.has(Role.SUBSIDISED, lead)
                || GrantWords.has(Role.NOUN, lead)) || GrantWords.has(Role.REQUESTED, lead) || GrantWords.has(Role.REFUSED, lead))
            return Optional.empty();
        int nameStart = bullet.end();
        Matcher article = ARTICLE.matcher(WorkDeadline.watch(text.substring(nameStart, f.quote().span().start())));
        if (article.find())
            nameStart += article.end();
        String before = text.substring(nameStart, f.quote().span().start());
        Matcher end = NAME_END.matcher(WorkDeadline.watch(before));
        end.find();
        String name = before.substring(0, end.start());
        String item = f.sentence().text();
        if (!NAME.matcher(WorkDeadline.watch(name)).matches() || name.split("\\s+").length > MAX_NAME_WORDS
                || GrantWords.is(Role.TOTAL_ROW, name) || GrantWords.has(Role.REQUESTED, item) || GrantWords.has(Role.REFUSED, item)
                || f.perUnit().isPresent())
            return Optional.empty();
        Located recipient = new Located(name, new Span(nameStart, nameStart + name.length()));
        if (GrantWords.has(Role.TOTAL, item)) {
            report.info(DiagnosticCode.GRANT_AGGREGATE, f.quote().span(),
                    "\"" + f.quote().text() + "\" in a list of grants is a total, not read as one grant");
            return Optional.empty();
        }
        boolean organisations = GrantWords.has(Role.ROW_HEADER, lead) || Recipients.marked(text, recipient, mentions);
        if (!organisations || GrantWords.has(Role.UNCERTAIN, lead)) {
            report.info(DiagnosticCode.GRANT_UNCERTAIN, f.quote().span(), "\"" + f.quote().text()
                    + "\" stands in a list of grants whose items are not said to be organisations, or whose grants are not sure");
            return Optional.empty();
        }
        Recipients.Candidate to = Recipients.of(recipient, mentions);
        Optional<Integer> year = f.referenceYear().or(() -> GrantYears.of(item, false)).or(() -> GrantYears.of(lead, false));
        return Optional.of(new Grant(to.name(), to.mention(), f, year, f.sentence(), GrantWords.has(Role.FUTURE, lead)));
    }

    /** The line ending in a colon above the list whose item starts at {@code lineStart}: only items and blank lines between. */
    private Optional<Located> leadIn(int lineStart) {
        int end = lineStart - 1;
        for (int n = 0; n < MAX_LINES_UP && end > region.start(); n++) {
            int start = Math.max(region.start(), text.lastIndexOf('\n', end - 1) + 1);
            String line = text.substring(start, end);
            if (line.strip().endsWith(":"))
                return Optional.of(new Located(line, new Span(start, end)));
            if (!line.isBlank() && !ITEM.matcher(WorkDeadline.watch(line)).find())
                return Optional.empty();
            end = start - 1;
        }
        return Optional.empty();
    }
}
