package org.policygraph.parse.advice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.StartScan;
import org.policygraph.deadline.WorkDeadline;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.diagnostic.Severity;
import org.policygraph.layout.Block;
import org.policygraph.layout.BlockKind;
import org.policygraph.layout.Layout;
import org.policygraph.layout.Layouts;
import org.policygraph.lang.Councils;
import org.policygraph.lang.DutchDates;
import org.policygraph.lang.Sentences;
import org.policygraph.model.Advice;
import org.policygraph.model.AdviceSubject;
import org.policygraph.model.CitedAdvice;
import org.policygraph.model.Located;
import org.policygraph.model.Recommendation;
import org.policygraph.model.Section;
import org.policygraph.model.Span;
import org.policygraph.text.Line;

/**
 * Reads an advisory opinion: council and sub-council, numbered sections, the draft it advises on,
 * its recommendations and the earlier advices its footnotes cite. Title and date are read from the
 * text above the first section when it gives them; otherwise they stay empty.
 * <pre>{@code
 * Advice advice = new AdviceParser().parse(normalisedText);
 * }</pre>
 */
public final class AdviceParser {

    /** The council speaking: "De Vlor wijst ...", "de SERV". */
    private static final Pattern COUNCIL = Pattern.compile("(" + Councils.COUNCIL_REGEX + ")");
    /** Where a match of {@link #COUNCIL} can start: searched for in the whole body, not tried at every character. */
    private static final StartScan.CharSet COUNCIL_STARTS = StartScan.anyOf(Councils.COUNCIL_INITIALS);
    /** A sub-council of the Vlor named in the text. */
    private static final Pattern SUB_COUNCIL = Pattern.compile("(" + Councils.SUB_COUNCIL_REGEX + ")");
    private static final StartScan.CharSet SUB_COUNCIL_STARTS = StartScan.anyOf(Councils.SUB_COUNCIL_INITIALS);
    /** The council calls the advices it cites its own: "zijn eerdere adviezen". */
    private static final Pattern OWN_EARLIER = Pattern.compile("\\b(?:zijn|haar|onze) eerdere adviezen\\b");
    /**
     * The draft advised on: "het voorontwerp van besluit goed tot wijziging van ...",
     * "het ontwerp van decreet betreffende ...". Groups: kind, date (1-3 as worded date), subject.
     */
    private static final Pattern SUBJECT = Pattern.compile(
            "\\b(?:het|een) ((?:voor)?ontwerp van (?:besluit|decreet)(?: van de Vlaamse Regering)?)"
                    + "(?: van " + DutchDates.WORDED_REGEX + ")?(?: goed)?"
                    // "... over de leerlingenbegeleiding principieel goed": the approval is not part of the title
                    + "(?: ((?:tot|betreffende|houdende|over|inzake) [^,.;\\n]{3,200}?)"
                    + "(?=(?: (?:principieel|definitief|voorlopig))? goed(?=[,.;\\n]|$)|[,.;\\n]|$))?");
    /** "Op 12 februari 2021 keurde ...": the date at the start of the sentence naming the draft. */
    private static final Pattern SENTENCE_DATE = Pattern.compile("^Op " + DutchDates.WORDED_REGEX + " ");
    /** The advice's own title above the first section: "Advies over de hervorming van ...". */
    private static final Pattern TITLE = Pattern.compile("^Advies (?:over|bij|betreffende|inzake|van|voor) .{5,300}$");
    /**
     * The advice's own date above the first section: "12 maart 2021", "Brussel, 12 maart 2021", or
     * the day its council approved it or took note of it ("Goedgekeurd door de raad op 3 mei 2024",
     * "Kennisname raad 30 januari 2026", as the SERV writes it).
     */
    private static final Pattern DATE_LINE = Pattern.compile("^(?:Brussel, |Goedgekeurd (?:door de (?:algemene )?raad )?(?:op )?"
            + "|Kennisname (?:(?:door de )?raad )?(?:op )?)?" + DutchDates.WORDED_REGEX + "$");

    /** Parses normalised {@code text}, laid out as plain text, as an advice. */
    public Advice parse(String text) {
        return parse(Layouts.ofText(text), Diagnostics.none(text));
    }

    /** Parses a laid-out document as an advice. */
    public Advice parse(Layout layout, Diagnostics report) {
        String text = layout.text();
        // footnotes a layout found at the foot of their pages stand between the sections; in plain
        // text they follow the body, from the first line that opens one
        List<Span> notes = spans(layout, BlockKind.FOOTNOTE);
        List<Span> contents = spans(layout, BlockKind.CONTENTS);
        int footnotes = notes.isEmpty() ? Footnotes.start(text, contents) : text.length();
        List<Span> skipped = new ArrayList<>(notes);
        skipped.addAll(contents);
        skipped.addAll(spans(layout, BlockKind.CHART));
        List<Section> sections = AdviceSections.read(text, footnotes, skipped);
        int top = sections.isEmpty() ? footnotes : sections.get(0).span().start();
        List<CitedAdvice> citations = new ArrayList<>();
        for (Span notesPart : notes.isEmpty() ? List.of(new Span(footnotes, text.length())) : notes)
            citations.addAll(Footnotes.citations(text, notesPart));
        Span body = new Span(0, footnotes);
        Optional<String> council = first(StartScan.of(COUNCIL, body.of(text), COUNCIL_STARTS, Councils::councilMayStartAt))
                .map(c -> Councils.council(c).orElse(c));
        Optional<String> subCouncil = first(StartScan.of(SUB_COUNCIL, body.of(text), SUB_COUNCIL_STARTS, Councils::subCouncilMayStartAt))
                .or(() -> subCouncilOfOwnEarlierAdvices(text, body, council, citations));
        List<Recommendation> recommendations = Recommendations.in(text, body, notes);
        Optional<Located> title = titleBlock(layout, top).or(() -> title(text, top));
        if (title.isEmpty())
            report.document(Severity.WARNING, DiagnosticCode.TITLE_MISSING, "no title above the first section");
        if (council.isEmpty())
            report.document(Severity.WARNING, DiagnosticCode.HEADER_FIELD_MISSING, "no advisory body named");
        return new Advice(council, subCouncil, title, date(text, top), sections,
                subject(text, situation(sections, body)), recommendations, citations);
    }

    /**
     * When the text calls the cited advices its own ("zijn eerdere adviezen") and they all come from
     * one sub-council of the same council, that sub-council wrote this advice too.
     */
    private static Optional<String> subCouncilOfOwnEarlierAdvices(String text, Span body, Optional<String> council,
                                                                  List<CitedAdvice> citations) {
        if (council.isEmpty() || citations.isEmpty() || !OWN_EARLIER.matcher(WorkDeadline.watch(body.of(text))).find())
            return Optional.empty();
        List<Optional<String>> subs = citations.stream().filter(c -> c.council().equalsIgnoreCase(council.get()))
                .map(CitedAdvice::subCouncil).distinct().toList();
        return subs.size() == 1 ? subs.get(0) : Optional.empty();
    }

    /**
     * Where an advice says what it advises on: above its sections and in the first ("1 Situering").
     * A draft named further on is one the advice discusses, not its subject: the SERV's 70-page
     * evaluation of a budget names a draft decree in an annex.
     */
    private static Span situation(List<Section> sections, Span body) {
        return sections.size() < 2 ? body : new Span(body.start(), sections.get(1).span().start());
    }

    /** The draft named first in a sentence that dates it ("Op 12 februari 2021 keurde ..."), else the first named. */
    private static Optional<AdviceSubject> subject(String text, Span body) {
        Matcher m = SUBJECT.matcher(WorkDeadline.watch(body.of(text)));
        AdviceSubject first = null;
        while (m.find()) {
            String title = m.group(1) + (m.group(5) == null ? "" : " " + m.group(5).strip());
            Optional<LocalDate> date = m.group(2) == null ? Optional.empty() : DutchDates.worded(m.group(2), m.group(3), m.group(4));
            if (date.isEmpty()) {
                Matcher d = SENTENCE_DATE.matcher(WorkDeadline.watch(Sentences.around(text, body, m.start(), m.end()).text()));
                if (d.find())
                    date = DutchDates.worded(d.group(1), d.group(2), d.group(3));
            }
            Span span = new Span(m.start(1), m.end());
            AdviceSubject subject = new AdviceSubject(title, date, new Located(span.of(text), span));
            if (date.isPresent())
                return Optional.of(subject);
            if (first == null)
                first = subject;
        }
        return Optional.ofNullable(first);
    }

    private static List<Span> spans(Layout layout, BlockKind kind) {
        return layout.blocks(kind).stream().map(Block::span).toList();
    }

    /** The layout's title block, when it stands above the first section. */
    private static Optional<Located> titleBlock(Layout layout, int top) {
        return layout.first(BlockKind.TITLE).filter(b -> b.span().start() < top)
                .map(b -> new Located(b.text().replace('\n', ' '), b.span()));
    }

    private static Optional<Located> title(String text, int top) {
        for (Line line : Line.split(text.substring(0, top)))
            if (TITLE.matcher(WorkDeadline.watch(line.text())).matches())
                return Optional.of(new Located(line.text(), line.span()));
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String text, int top) {
        for (Line line : Line.split(text.substring(0, top))) {
            Matcher m = DATE_LINE.matcher(WorkDeadline.watch(line.text()));
            if (m.matches())
                return DutchDates.worded(m.group(1), m.group(2), m.group(3));
        }
        return Optional.empty();
    }

    /** Group 1 of the first match of {@code scan}. */
    private static Optional<String> first(StartScan scan) {
        return scan.find() ? Optional.of(scan.matcher().group(1)) : Optional.empty();
    }
}
