package org.policygraph.extract.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.StartScan;
import org.policygraph.deadline.WorkDeadline;
import org.policygraph.lang.Councils;
import org.policygraph.lang.Gazetteer;
import org.policygraph.model.Located;
import org.policygraph.model.Mention;
import org.policygraph.model.MentionKind;
import org.policygraph.model.Span;

/**
 * Places, organisations and programmes named in a text. Precision first: a name is taken only
 * where its context says what it is ("provincie Limburg", "lokale besturen, met name Genk en Gent",
 * "VIVO vzw", "Plan Samenleven", a table row per province); a missed mention is better than a wrong
 * one.
 */
public final class MentionExtractor {

    /** The provinces, each spelling met in texts (provinces.txt). Group 1: the spelling. */
    private static final String PROVINCE_NAMES = "(" + Gazetteer.of("provinces").regex(true) + ")";
    /** "provincie Limburg", "de provincies Antwerpen en Limburg". */
    private static final Pattern PROVINCE_NAMED = Pattern.compile("\\b[Pp]rovincie(?:s)? " + PROVINCE_NAMES + "\\b");
    /** A table row that starts with a province: "Vlaams Brabant 89 51,15%". */
    private static final Pattern PROVINCE_ROW = Pattern.compile("(?m)^" + PROVINCE_NAMES + "(?= \\d)");
    /** A place name: "Genk", "Sint-Niklaas", "Sint-Katelijne-Waver", "De Panne". */
    private static final String PLACE = "(?:(?:De|La|Le) )?\\p{Lu}[\\p{Ll}'’]{1,30}(?:-\\p{Lu}?[\\p{Ll}'’]{1,30}){0,3}";
    private static final Pattern PLACE_NAME = Pattern.compile(PLACE);
    /** A list of places after the word for them: "lokale besturen, met name Maasmechelen en Sint-Niklaas". */
    private static final Pattern PLACE_LIST = Pattern.compile(
            "\\b(?:lokale besturen|gemeenten|steden)(?:,)? (?:met name|namelijk|zoals|:) ((?:" + PLACE + ")(?:(?:,[ \\n]| en[ \\n]|\\nen )(?:" + PLACE + ")){0,60})");
    /** "de gemeente Herselt", "de stad Gent". */
    private static final Pattern PLACE_NAMED = Pattern.compile("\\b(?:gemeente|stad) (" + PLACE + ")\\b");
    /** "VIVO vzw", "Groep Intro vzw". */
    private static final Pattern VZW = Pattern.compile("\\b((?:\\p{Lu}[\\p{L}&!'-]{0,30} ){0,4}\\p{Lu}[\\p{L}&!'-]{0,30}) vzw\\b");
    /** "Agentschap Wegen en Verkeer", "Departement Onderwijs en Vorming". */
    private static final Pattern AGENCY = Pattern.compile(
            "\\b(?:Agentschap|Departement) (?:voor )?\\p{Lu}\\p{Ll}{1,30}(?:(?: en | voor | van | )\\p{Lu}\\p{Ll}{1,30}){0,4}");
    /** Well-known bodies named without a pattern to recognise them by. */
    private static final Pattern KNOWN_BODY = Pattern.compile(Councils.BODY_REGEX);
    /** "Plan Samenleven", "Plan Vlaamse Veerkracht". */
    private static final Pattern PLAN = Pattern.compile("\\bPlan (?:\\p{Lu}\\p{Ll}{2,30})(?: \\p{Lu}\\p{Ll}{2,30}){0,2}");
    /** A campaign hashtag: "#kiesvoordezorg". */
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\d])#\\p{L}[\\p{L}\\d_]{2,40}");
    /** "het project MaxiPAC": a project by its proper name. */
    private static final Pattern PROJECT = Pattern.compile("\\b[Pp]roject (\\p{Lu}[\\p{L}!]{2,30})\\b");

    /** What a capital can be (\\p{Lu}), or the first half of one beyond the Basic Multilingual Plane. */
    private static final StartScan.Starts UPPER = c -> Character.isUpperCase(c) || Character.isSurrogate(c);

    private static final StartScan.CharSet BODY_STARTS = StartScan.anyOf(Councils.BODY_INITIALS);
    /** Where a province's name, and so a row of {@link #PROVINCE_ROW}, starts. */
    private static final StartScan.CharSet PROVINCE_STARTS = StartScan.anyOf(Gazetteer.of("provinces").initials(true));

    /** The mentions in {@code region}. */
    public List<Mention> extract(String text, Span region) {
        return extract(new Located(region.of(text), region));
    }

    /** The mentions in a region whose text is cut already. */
    public List<Mention> extract(Located excerpt) {
        String r = excerpt.text();
        Span region = excerpt.span();
        List<Mention> out = new ArrayList<>();
        // a pattern that opens with fixed words is tried only where they stand, not at every "g" or "s"
        StartScan scan = StartScan.opening(PROVINCE_NAMED, r, "Provincie", "provincie");
        Matcher m = scan.matcher();
        while (scan.find())
            out.add(mention(MentionKind.PROVINCE, province(m.group(1)), m, 1, region));
        scan = StartScan.of(PROVINCE_ROW, r, PROVINCE_STARTS, StartScan.LINE_START);
        m = scan.matcher();
        while (scan.find())
            out.add(mention(MentionKind.PROVINCE, province(m.group(1)), m, 1, region));
        scan = StartScan.opening(PLACE_LIST, r, "lokale besturen", "gemeenten", "steden");
        m = scan.matcher();
        while (scan.find())
            placesIn(m.group(1), region.start() + m.start(1), out);
        scan = StartScan.opening(PLACE_NAMED, r, "gemeente ", "stad ");
        m = scan.matcher();
        while (scan.find())
            out.add(mention(MentionKind.MUNICIPALITY, m.group(1), m, 1, region));
        // a name before "vzw" starts with a capital; without " vzw" there is none to find
        scan = StartScan.of(VZW, r.contains(" vzw") ? r : "", UPPER);
        m = scan.matcher();
        while (scan.find())
            out.add(mention(MentionKind.ORGANISATION, m.group(), m, 0, region));
        scan = StartScan.opening(AGENCY, r, "Agentschap ", "Departement ");
        m = scan.matcher();
        while (scan.find())
            out.add(mention(MentionKind.ORGANISATION, m.group(), m, 0, region));
        scan = StartScan.of(KNOWN_BODY, r, BODY_STARTS, Councils::bodyMayStartAt);
        m = scan.matcher();
        while (scan.find())
            out.add(mention(MentionKind.ORGANISATION, m.group(), m, 0, region));
        scan = StartScan.opening(PLAN, r, "Plan ");
        m = scan.matcher();
        while (scan.find())
            out.add(mention(MentionKind.PROGRAMME, m.group(), m, 0, region));
        scan = StartScan.opening(HASHTAG, r, "#");
        m = scan.matcher();
        while (scan.find())
            out.add(mention(MentionKind.PROGRAMME, m.group(), m, 0, region));
        scan = StartScan.opening(PROJECT, r, "Project ", "project ");
        m = scan.matcher();
        while (scan.find())
            out.add(mention(MentionKind.PROGRAMME, m.group(1), m, 1, region));
        return out;
    }

    /** Each name of a list "Genk, Leuven, ... en Moerbeke" that starts at {@code offset}. */
    private static void placesIn(String list, int offset, List<Mention> out) {
        Matcher names = PLACE_NAME.matcher(WorkDeadline.watch(list));
        while (names.find()) {
            Span span = new Span(offset + names.start(), offset + names.end());
            String name = names.group();
            MentionKind kind = MentionKind.MUNICIPALITY;
            out.add(new Mention(kind, name, new Located(name, span)));
        }
    }

    private static String province(String spelling) {
        return Gazetteer.of("provinces").canonical(spelling).orElse(spelling);
    }

    private static Mention mention(MentionKind kind, String label, Matcher m, int group, Span region) {
        Span span = new Span(region.start() + m.start(group), region.start() + m.end(group));
        return new Mention(kind, label, new Located(m.group(group), span));
    }
}
