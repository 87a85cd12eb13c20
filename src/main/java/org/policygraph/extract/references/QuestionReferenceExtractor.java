package org.policygraph.extract.references;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.Offsets;
import org.policygraph.deadline.StartScan;
import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.PersonNames;
import org.policygraph.lang.QuestionCitations;
import org.policygraph.lang.RequiredWords;
import org.policygraph.lang.Sentences;
import org.policygraph.model.Located;
import org.policygraph.model.Person;
import org.policygraph.model.QuestionReference;
import org.policygraph.model.Span;

/**
 * References to other written questions in a question or answer text.
 * <p>
 * Whether the earlier question went to the same minister is read from the sentence: "de minister",
 * "haar antwoord" (and, in an answer, "mijn antwoord") say so; a question asked by the writer
 * ("bevroeg ik de minister", "mijn vraag") gets the writer as asker. A reference by number and
 * parliamentary year only ("nr. 58, 2017-2018") takes its date from a dated reference to the same
 * number in that year elsewhere in the text.
 */
public final class QuestionReferenceExtractor {

    /** "schriftelijke vraag nr. 106 van 13 november 2017 van Ann Brusseel", "nr. 58 van 17 oktober 2017". */
    private static final Pattern DATED = QuestionCitations.IN_TEXT;
    /** "vraag (nr. 58, 2017-2018)", "nr. 58, 2017-2018". */
    private static final Pattern SESSION = QuestionCitations.BY_SESSION;
    /** Words that put the earlier question with the same minister. */
    private static final Pattern SAME_MINISTER = Pattern.compile("\\b(?:de minister|haar antwoord|zijn antwoord|uw antwoord)\\b");
    /** In an answer, the minister speaks of "mijn antwoord". */
    private static final Pattern MINISTER_OWN = Pattern.compile("\\bmijn antwoord\\b");
    private static final RequiredWords SAME_MINISTER_WORDS = RequiredWords.of(SAME_MINISTER.pattern());
    private static final RequiredWords MINISTER_OWN_WORDS = RequiredWords.of(MINISTER_OWN.pattern());
    /** The writer speaks of a question of their own. */
    private static final Pattern OWN_QUESTION = Pattern.compile("\\b(?:ik|mijn)\\b");

    /** Where a citation can start: "de", "schriftelijke", "parlementaire", "vraag", "(" or "nr", in any case. */
    private static final StartScan.Starts CITATION_STARTS = StartScan.anyOf("dDsSpPvV(nN");
    /** How far "nr" can lie from a citation's start: "de parlementaire vraag (". */
    private static final int NR_WITHIN = 24;

    /**
     * Where a citation can start in {@code r}, ascending: a character of {@link #CITATION_STARTS}
     * at most {@link #NR_WITHIN} characters before an "nr" (in any case, as "(?i:nr)" reads it) that
     * a question's number follows ("nr. 58", "nr 58", "nr58"): every citation has one, and an "nr"
     * inside a word ("binnenrijk") starts none. Found in one pass, shared by both patterns.
     */
    private static int[] citationStarts(String r) {
        Offsets out = new Offsets();
        int next = 0;
        for (int q = nr(r, 0); q >= 0; q = nr(r, q + 1)) {
            for (int p = Math.max(next, q - NR_WITHIN); p <= q; p++)
                if (CITATION_STARTS.test(r.charAt(p)))
                    out.add(p);
            next = q + 1;
        }
        return out.toArray();
    }

    /** The next "nr" at or after {@code from} that a digit follows, with at most a dot and a space between. */
    private static int nr(String text, int from) {
        int n = text.length();
        for (int i = from; i + 1 < n; i++) {
            if ((text.charAt(i) | 0x20) != 'n' || (text.charAt(i + 1) | 0x20) != 'r')
                continue;
            int q = i + 2;
            if (q < n && text.charAt(q) == '.')
                q++;
            if (q < n && text.charAt(q) == ' ')
                q++;
            if (q < n && text.charAt(q) >= '0' && text.charAt(q) <= '9')
                return i;
        }
        return -1;
    }

    /**
     * The references in {@code region}.
     *
     * @param answerSide true when the region is (part of) an answer, where "mijn" is the minister's
     */
    public List<QuestionReference> extract(String text, Span region, boolean answerSide) {
        return extract(text, new Located(region.of(text), region), answerSide, Sentences.lazily(text, region));
    }

    /**
     * As {@link #extract(String, Span, boolean)}, for a region whose text is cut already, with its
     * sentences shared with other extractors.
     */
    public List<QuestionReference> extract(String text, Located excerpt, boolean answerSide, Supplier<Sentences> regionSentences) {
        String r = excerpt.text();
        Span region = excerpt.span();
        // read once per region, and only for a region that cites a question
        Sentences sentences = null;
        List<QuestionReference> dated = new ArrayList<>();
        int[] starts = citationStarts(r);
        StartScan dates = StartScan.at(DATED, r, starts, starts.length);
        Matcher m = dates.matcher();
        while (dates.find()) {
            Optional<LocalDate> date = QuestionCitations.read(m, 1).map(QuestionCitations.Citation::date);
            if (date.isEmpty())
                continue;
            int start = region.start() + m.start();
            int end = region.start() + m.end();
            Optional<Person> asker = m.group(5) == null ? Optional.empty() : PersonNames.person(m.group(5));
            if (sentences == null)
                sentences = regionSentences.get();
            String sentence = sentences.around(text, start, end).text();
            String before = sentence.substring(0, Math.max(0, Math.min(sentence.length(), sentence.indexOf(m.group()))));
            dated.add(new QuestionReference(m.group(1), date, Optional.empty(), asker,
                    !answerSide && asker.isEmpty() && OWN_QUESTION.matcher(WorkDeadline.watch(before)).find(),
                    sameMinister(sentence, answerSide), new Located(m.group(), new Span(start, end))));
        }
        List<QuestionReference> all = new ArrayList<>(dated);
        StartScan sessions = StartScan.at(SESSION, r, starts, starts.length);
        Matcher s = sessions.matcher();
        while (sessions.find()) {
            if (Integer.parseInt(s.group(3)) != Integer.parseInt(s.group(2)) + 1)
                continue;
            int start = region.start() + s.start();
            int end = region.start() + s.end();
            String number = s.group(1);
            String firstYear = s.group(2);
            String session = firstYear + "-" + s.group(3);
            Optional<QuestionReference> same = dated.stream()
                    .filter(d -> d.number().equals(number) && inSession(d.date().orElseThrow(), firstYear))
                    .findFirst();
            if (sentences == null)
                sentences = regionSentences.get();
            String sentence = sentences.around(text, start, end).text();
            Located quote = new Located(s.group(), new Span(start, end));
            all.add(same.map(d -> new QuestionReference(d.number(), d.date(), Optional.of(session), d.asker(),
                            d.askedBySameMember(), d.sameMinister() || sameMinister(sentence, answerSide), quote))
                    .orElseGet(() -> new QuestionReference(number, Optional.empty(), Optional.of(session),
                            Optional.empty(), false, sameMinister(sentence, answerSide), quote)));
        }
        return all;
    }

    private static boolean sameMinister(String sentence, boolean answerSide) {
        // the words the patterns need, looked for before the patterns are tried at every offset
        String folded = RequiredWords.fold(sentence);
        return SAME_MINISTER_WORDS.mayMatch(folded) && SAME_MINISTER.matcher(WorkDeadline.watch(sentence)).find()
                || answerSide && MINISTER_OWN_WORDS.mayMatch(folded) && MINISTER_OWN.matcher(WorkDeadline.watch(sentence)).find();
    }

    /** A parliamentary year runs from September to the next summer. */
    private static boolean inSession(LocalDate date, String firstYear) {
        int y = Integer.parseInt(firstYear);
        return !date.isBefore(LocalDate.of(y, 9, 1)) && date.isBefore(LocalDate.of(y + 1, 9, 1));
    }
}
