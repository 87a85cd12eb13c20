package org.policygraph.extract.grants;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.GrantWords;
import org.policygraph.lang.GrantWords.Role;
import org.policygraph.model.Located;
import org.policygraph.model.Mention;
import org.policygraph.model.MentionKind;
import org.policygraph.model.Span;

/**
 * The organisations a stretch of text names as possible recipients: a name after a word that says
 * what it is ("vzw De Brug", "de stad Gent", "Jeugdhuis Kompas"), a name before one ("Chiro Noord
 * vzw"), and the places and organisations the mention reader found there ("De Lijn", "provincie
 * Limburg"). Programmes are never recipients.
 */
final class Recipients {

    /** A capitalised word of a name: "Brug", "Sint-Niklaas", "PEP!", "'t". */
    private static final String WORD = "\\p{Lu}[\\p{L}'’&!.-]{0,30}";
    /** Lower-case words that join the words of one name: "Wegen en Verkeer", "Huis van het Kind". */
    private static final String JOIN = "(?:van|de|het|der|den|voor|en|'t|’t)";
    /** A name: "De Brug", "Speelplein Het Bos", "Huis van het Kind". */
    private static final String NAME = WORD + "(?:\\s(?:" + JOIN + "\\s){0,2}" + WORD + "){0,5}";
    /** A name after the word for what it is: "vzw De Brug", "stad Gent", "Jeugdhuis Kompas", "Tennisclub De Linde". */
    private static final Pattern MARKED_BEFORE = Pattern.compile(
            "(?:" + GrantWords.regex(Role.BEFORE_NAME) + "|" + GrantWords.regex(Role.BEFORE_NAME_ENDING) + ")\\s" + NAME);
    /** A name before the word for what it is: "Chiro Noord vzw". */
    private static final Pattern MARKED_AFTER = Pattern.compile(
            NAME + "\\s" + GrantWords.regex(Role.AFTER_NAME));
    /** The articles between a preposition and the name: "aan de stad Gent", "aan het OCMW". */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?iu)(?:\\s(?:de|het|'t|’t|een))?\\s$");

    /**
     * A possible recipient.
     *
     * @param name     as written, with the word for what it is
     * @param mention  the mention found inside it
     * @param role     the preposition before it: TO ("aan"), FOR ("voor"), FROM ("van", "door"), or empty
     */
    record Candidate(Located name, Optional<Mention> mention, Optional<Role> role) {
    }

    private Recipients() {
    }

    /** The possible recipients in {@code stretch} of {@code text}, in text order, one per span. */
    static List<Candidate> in(String text, Span stretch, List<Mention> mentions) {
        List<Located> names = new ArrayList<>();
        String s = stretch.of(text);
        for (Pattern p : List.of(MARKED_BEFORE, MARKED_AFTER)) {
            Matcher m = p.matcher(WorkDeadline.watch(s));
            while (m.find())
                names.add(new Located(m.group(), new Span(stretch.start() + m.start(), stretch.start() + m.end())));
        }
        for (Mention m : mentions)
            if (m.kind() != MentionKind.PROGRAMME && within(m.quote().span(), stretch))
                names.add(m.quote());
        // the longest of overlapping names wins: "vzw De Brug" over "De Brug"
        names.sort(Comparator.comparingInt((Located l) -> -l.span().length()).thenComparingInt(l -> l.span().start()));
        List<Located> kept = new ArrayList<>();
        for (Located n : names)
            if (kept.stream().noneMatch(k -> overlaps(k.span(), n.span())))
                kept.add(n);
        kept.sort(Comparator.comparingInt(l -> l.span().start()));
        List<Candidate> out = new ArrayList<>();
        for (Located n : kept)
            out.add(new Candidate(n, mentionIn(n.span(), mentions), preposition(text, stretch, n.span())));
        return out;
    }

    /** A name read as a recipient on its own (a table's row label, a list item's name), with the mention inside it. */
    static Candidate of(Located name, List<Mention> mentions) {
        return new Candidate(name, mentionIn(name.span(), mentions), Optional.empty());
    }

    /** Whether {@code name} says by itself that it is an organisation or place ("vzw De Brug", a mention). */
    static boolean marked(String text, Located name, List<Mention> mentions) {
        return !in(text, name.span(), mentions).isEmpty();
    }

    private static Optional<Mention> mentionIn(Span name, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.kind() != MentionKind.PROGRAMME && within(m.quote().span(), name)).findFirst();
    }

    /** TO, FOR or FROM when the name follows "aan", "naar", "voor", "van", "door" (with an article between). */
    private static Optional<Role> preposition(String text, Span stretch, Span name) {
        String before = text.substring(Math.max(stretch.start(), name.start() - 12), name.start());
        Matcher article = ARTICLE_BEFORE.matcher(WorkDeadline.watch(before));
        if (!article.find())
            return Optional.empty();
        String head = before.substring(0, article.start());
        int space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'));
        String word = head.substring(space + 1);
        for (Role r : List.of(Role.TO, Role.FOR, Role.FROM))
            if (GrantWords.is(r, word))
                return Optional.of(r);
        return Optional.empty();
    }

    static boolean within(Span inner, Span outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end();
    }

    static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
