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
import org.policygraph.model.Mention;
import org.policygraph.model.Span;

/**
 * Grants stated in running text, one clause at a time: the clause of a euro amount holds a verb of
 * receiving whose subject is one organisation ("In 2023 ontving vzw De Brug 14.700 euro subsidie"),
 * or a verb of giving with one organisation after "aan" ("Aan de stad Gent werd een projectsubsidie
 * van 25.000 euro toegekend"), or a grant noun with its amount verb and one organisation after "voor"
 * or "aan" ("De subsidie voor vzw Welzijnsschakels bedroeg 9.800 euro"). An amount asked for or refused is no grant; an amount for several
 * recipients together, or one whose recipient or status the clause leaves open, is reported, not
 * taken.
 */
final class ProseGrants {

    /**
     * Where a clause ends inside a sentence: a semicolon, a comma or colon before a space, or a
     * conjunction that starts another statement ("..., maar die aanvraag werd afgewezen").
     */
    private static final Pattern CLAUSE_END = Pattern.compile("[;,:](?=\\s)|\\s(?=(?:maar|terwijl|waarvan|waarna|zodat|omdat|dan)\\s)");

    private final String text;
    private final List<Mention> mentions;
    private final Diagnostics report;

    ProseGrants(String text, List<Mention> mentions, Diagnostics report) {
        this.text = text;
        this.mentions = mentions;
        this.report = report;
    }

    /** Whether the clause of {@code f} has a verb of receiving or giving: then only this reader decides. */
    boolean speaksOf(Figure f) {
        String c = clause(f).of(text);
        return GrantWords.has(Role.RECEIVE, c) || GrantWords.has(Role.AWARD, c) || GrantWords.has(Role.SUBSIDISED, c)
                || nounWithAmountVerb(c);
    }

    /**
     * Reports {@code f} as an aggregate when its own clause has no verb of giving but its sentence
     * has, and the clause adds up: "Aan 38 gemeenten werd een subsidie toegekend, samen goed voor € 2.950.000".
     */
    void reportAggregate(Figure f) {
        String sentence = f.sentence().text();
        String c = clause(f).of(text);
        boolean grantSentence = GrantWords.has(Role.RECEIVE, sentence) || GrantWords.has(Role.AWARD, sentence);
        if (grantSentence && (GrantWords.has(Role.TOTAL, c) || GrantWords.has(Role.GROUP, c)))
            report.info(DiagnosticCode.GRANT_AGGREGATE, f.quote().span(),
                    "\"" + f.quote().text() + "\" adds up what several recipients were given, not read as one grant");
    }

    /** "De subsidie voor X bedroeg ...": a grant noun whose amount an amount verb gives. */
    private static boolean nounWithAmountVerb(String clause) {
        return GrantWords.has(Role.NOUN, clause) && GrantWords.has(Role.AMOUNT_VERB, clause)
                && !GrantWords.has(Role.RECEIVE, clause) && !GrantWords.has(Role.AWARD, clause);
    }

    /** The grant {@code f} is the amount of, if its clause states one. */
    Optional<Grant> read(Figure f) {
        Span clause = clause(f);
        String c = clause.of(text);
        boolean receive = GrantWords.has(Role.RECEIVE, c) || GrantWords.has(Role.SUBSIDISED, c);
        boolean noun = nounWithAmountVerb(c);
        if (GrantWords.has(Role.REQUESTED, c) || GrantWords.has(Role.REFUSED, c) || f.perUnit().isPresent())
            return Optional.empty();
        List<Recipients.Candidate> candidates = Recipients.in(text, clause, mentions).stream()
                .filter(r -> !Recipients.overlaps(r.name().span(), f.quote().span()))
                .filter(r -> r.role().filter(Role.FROM::equals).isEmpty())
                .filter(r -> receive || r.role().filter(Role.TO::equals).isPresent()
                        || noun && r.role().filter(Role.FOR::equals).isPresent())
                .toList();
        String rest = without(clause, candidates);
        if (GrantWords.has(Role.TOTAL, rest) || GrantWords.has(Role.GROUP, rest)) {
            report.info(DiagnosticCode.GRANT_AGGREGATE, f.quote().span(),
                    "\"" + f.quote().text() + "\" is given to several recipients together, not read as one grant");
            return Optional.empty();
        }
        if (GrantWords.has(Role.UNCERTAIN, c) || f.isRange()) {
            report.info(DiagnosticCode.GRANT_UNCERTAIN, f.quote().span(),
                    "\"" + f.quote().text() + "\" may or may not be given; not read as a grant");
            return Optional.empty();
        }
        if (candidates.size() != 1) {
            if (!candidates.isEmpty() || GrantWords.has(Role.NOUN, c) || GrantWords.has(Role.TO, c))
                report.info(DiagnosticCode.GRANT_UNCERTAIN, f.quote().span(), "\"" + f.quote().text() + "\" reads like a grant but "
                        + (candidates.isEmpty() ? "names no organisation as recipient" : "names " + candidates.size() + " possible recipients"));
            return Optional.empty();
        }
        Recipients.Candidate to = candidates.get(0);
        Optional<Integer> year = f.referenceYear().or(() -> GrantYears.of(f.sentence().text(), false));
        return Optional.of(new Grant(to.name(), to.mention(), f, year, f.sentence(), GrantWords.has(Role.FUTURE, c)));
    }

    /** The clause of the figure's sentence that holds its quote. */
    Span clause(Figure f) {
        Span sentence = f.sentence().span();
        int at = f.quote().span().start();
        int start = sentence.start();
        int end = sentence.end();
        Matcher m = CLAUSE_END.matcher(WorkDeadline.watch(sentence.of(text)));
        while (m.find()) {
            int boundary = sentence.start() + m.start();
            if (boundary < at)
                start = sentence.start() + m.end();
            else if (boundary >= f.quote().span().end()) {
                end = boundary;
                break;
            }
        }
        return new Span(start, Math.max(start, end));
    }

    /** The clause's text with the candidates' names blanked out: "gemeente" in "gemeente Herselt" is no group. */
    private String without(Span clause, List<Recipients.Candidate> candidates) {
        StringBuilder b = new StringBuilder(clause.of(text));
        for (Recipients.Candidate r : candidates)
            for (int i = r.name().span().start(); i < r.name().span().end(); i++)
                b.setCharAt(i - clause.start(), ' ');
        return b.toString();
    }
}
