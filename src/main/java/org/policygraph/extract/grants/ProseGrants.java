package org.policygraph.extract.grants;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.deadline.Offsets;
import org.policygraph.deadline.PatternSpace;
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
 * <p>
 * A sentence's clause ends, and what the words of a clause or sentence say, are read once per
 * document: a sentence with many amounts (a list run into one sentence) was read again for each
 * amount, which made a long one cost its length times its amounts.
 */
final class ProseGrants {

    /** The conjunctions that start another statement after a space ("..., maar die aanvraag werd afgewezen"). */
    private static final List<String> CONJUNCTIONS = List.of("maar", "terwijl", "waarvan", "waarna", "zodat", "omdat", "dan");
    /**
     * Where a clause ends inside a sentence: a semicolon, a comma or colon before a space, or a
     * conjunction that starts another statement ("..., maar die aanvraag werd afgewezen").
     */
    static final Pattern CLAUSE_END = Pattern.compile("[;,:](?=\\s)|\\s(?=(?:" + String.join("|", CONJUNCTIONS) + ")\\s)");

    private final String text;
    /** Per sentence span: where {@link #CLAUSE_END} matches in it (one character each), relative to the sentence. */
    private final Map<Span, int[]> clauseEnds = new HashMap<>();
    /** Per clause span: what {@link GrantWords#has} says of its text, by role. */
    private final Map<Span, Map<Role, Boolean>> clauseSays = new HashMap<>();
    /** Per sentence text: whether it has a verb of receiving or giving. */
    private final Map<String, Boolean> grantSentences = new HashMap<>();
    private final List<Mention> mentions;
    private final Diagnostics report;

    ProseGrants(String text, List<Mention> mentions, Diagnostics report) {
        this.text = text;
        this.mentions = mentions;
        this.report = report;
    }

    /** Whether the clause of {@code f} has a verb of receiving or giving: then only this reader decides. */
    boolean speaksOf(Figure f) {
        Span c = clause(f);
        return says(Role.RECEIVE, c) || says(Role.AWARD, c) || says(Role.SUBSIDISED, c) || nounWithAmountVerb(c);
    }

    /**
     * Reports {@code f} as an aggregate when its own clause has no verb of giving but its sentence
     * has, and the clause adds up: "Aan 38 gemeenten werd een subsidie toegekend, samen goed voor € 2.950.000".
     */
    void reportAggregate(Figure f) {
        boolean grantSentence = grantSentences.computeIfAbsent(f.sentence().text(),
                sentence -> GrantWords.has(Role.RECEIVE, sentence) || GrantWords.has(Role.AWARD, sentence));
        Span c = clause(f);
        if (grantSentence && (says(Role.TOTAL, c) || says(Role.GROUP, c)))
            report.info(DiagnosticCode.GRANT_AGGREGATE, f.quote().span(),
                    "\"" + f.quote().text() + "\" adds up what several recipients were given, not read as one grant");
    }

    /** "De subsidie voor X bedroeg ...": a grant noun whose amount an amount verb gives. */
    private boolean nounWithAmountVerb(Span clause) {
        return says(Role.NOUN, clause) && says(Role.AMOUNT_VERB, clause) && !says(Role.RECEIVE, clause)
                && !says(Role.AWARD, clause);
    }

    /** {@link GrantWords#has} of the clause's text, read once per clause and role. */
    private boolean says(Role role, Span clause) {
        return clauseSays.computeIfAbsent(clause, k -> new EnumMap<>(Role.class))
                .computeIfAbsent(role, r -> GrantWords.has(r, clause.of(text)));
    }

    /** The grant {@code f} is the amount of, if its clause states one. */
    Optional<Grant> read(Figure f) {
        Span clause = clause(f);
        boolean receive = says(Role.RECEIVE, clause) || says(Role.SUBSIDISED, clause);
        boolean noun = nounWithAmountVerb(clause);
        if (says(Role.REQUESTED, clause) || says(Role.REFUSED, clause) || f.perUnit().isPresent())
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
        if (says(Role.UNCERTAIN, clause) || f.isRange()) {
            report.info(DiagnosticCode.GRANT_UNCERTAIN, f.quote().span(),
                    "\"" + f.quote().text() + "\" may or may not be given; not read as a grant");
            return Optional.empty();
        }
        if (candidates.size() != 1) {
            if (!candidates.isEmpty() || says(Role.NOUN, clause) || says(Role.TO, clause))
                report.info(DiagnosticCode.GRANT_UNCERTAIN, f.quote().span(), "\"" + f.quote().text() + "\" reads like a grant but "
                        + (candidates.isEmpty() ? "names no organisation as recipient" : "names " + candidates.size() + " possible recipients"));
            return Optional.empty();
        }
        Recipients.Candidate to = candidates.get(0);
        Optional<Integer> year = f.referenceYear().or(() -> GrantYears.of(f.sentence().text(), false));
        return Optional.of(new Grant(to.name(), to.mention(), f, year, f.sentence(), says(Role.FUTURE, clause)));
    }

    /** The clause of the figure's sentence that holds its quote. */
    Span clause(Figure f) {
        Span sentence = f.sentence().span();
        int at = f.quote().span().start();
        int start = sentence.start();
        int end = sentence.end();
        for (int m : clauseEnds.computeIfAbsent(sentence, s -> clauseEnds(s.of(text)))) {
            int boundary = sentence.start() + m;
            if (boundary < at)
                start = boundary + 1;
            else if (boundary >= f.quote().span().end()) {
                end = boundary;
                break;
            }
        }
        return new Span(start, Math.max(start, end));
    }

    /**
     * Where {@link #CLAUSE_END} matches in {@code s}, read by hand (every match is the one character
     * before a space or conjunction, so each offset is asked once): it was tried at every offset of
     * every sentence with an amount.
     */
    static int[] clauseEnds(String s) {
        Offsets out = new Offsets();
        for (int p = 0; p + 1 < s.length(); p++) {
            char c = s.charAt(p);
            boolean end = (c == ';' || c == ',' || c == ':') && PatternSpace.is(s.charAt(p + 1))
                    || PatternSpace.is(c) && conjunctionAt(s, p + 1);
            if (end)
                out.add(p);
        }
        return out.toArray();
    }

    private static boolean conjunctionAt(String s, int p) {
        for (String w : CONJUNCTIONS) {
            int after = p + w.length();
            if (after < s.length() && s.startsWith(w, p) && PatternSpace.is(s.charAt(after)))
                return true;
        }
        return false;
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
