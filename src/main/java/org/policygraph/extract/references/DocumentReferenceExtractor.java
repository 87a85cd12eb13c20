package org.policygraph.extract.references;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.deadline.Offsets;
import org.policygraph.deadline.StartScan;
import org.policygraph.lang.DutchDates;
import org.policygraph.model.DocumentReference;
import org.policygraph.model.Located;
import org.policygraph.model.ReferenceKind;
import org.policygraph.model.Span;

/**
 * References to decisions of the Flemish Government, decrees, policy notes and web addresses.
 */
public final class DocumentReferenceExtractor {

    /** What follows a decision or decree to say what it is about, up to the end of the clause or its verb. */
    private static final String SUBJECT = "(?<subject> (?:betreffende|houdende|tot|over|inzake|op) "
            + "(?:(?! (?:regelt|is|wordt|werd|zijn|heeft|hebben|schept|bepaalt|voorziet|kan|moet|zal)\\b)[^.,;:()‘’'\"\\n]){3,160}"
            + "| ‘[^’\\n]{3,400}’| '[^'\\n]{3,400}')?";
    /**
     * "besluit van de Vlaamse Regering van 13 juli 2018 betreffende de start- en stagebonus",
     * "Besluit van de Vlaamse Regering ‘tot toekenning van een subsidie ...’".
     */
    private static final Pattern DECISION = Pattern.compile(
            "[Bb]esluit van de Vlaamse [Rr]egering(?: van " + DutchDates.WORDED_REGEX + ")?" + SUBJECT);
    /** "decreet van 10 juni 2016 betreffende duaal leren", "het decreet over het basisonderwijs". */
    private static final Pattern DECREE = Pattern.compile(
            "(?<!van )[Dd]ecreet(?: van " + DutchDates.WORDED_REGEX + ")?" + SUBJECT);
    /** "beleidsnota Gelijke Kansen, Integratie en Inburgering": the policy area in capitals. */
    private static final Pattern POLICY_NOTE = Pattern.compile(
            "[Bb]eleidsnota (\\p{Lu}[\\p{L}-]{1,30}(?:(?:, | en | )\\p{Lu}[\\p{L}-]{1,30}){0,8})");
    /** A full web address: "https://www.vlor.be/adviezen/drempels-wegwerken-duaal-leren". */
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'()\\[\\]]{2,400}");
    /** A bare domain name: "lerarenstage.be", "www.vlaanderen.be/onderwijs". */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?<![@\\p{L}\\d./-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})\\.){1,4}(?:be|vlaanderen|brussels|eu|com|org|net|nl|info))(/[^\\s<>\"'()]{0,300})?(?![\\p{L}\\d-])");

    /** Where "http" starts. */
    private static final StartScan.CharSet H = StartScan.anyOf("h");
    /** The longest first label of {@link #DOMAIN} before its dot. */
    private static final int LONGEST_LABEL = 63;

    /** The references in {@code region}. */
    public List<DocumentReference> extract(String text, Span region) {
        return extract(new Located(region.of(text), region));
    }

    /** The references in a region whose text is cut already. */
    public List<DocumentReference> extract(Located excerpt) {
        String r = excerpt.text();
        Span region = excerpt.span();
        List<DocumentReference> out = new ArrayList<>();
        // each pattern opens with fixed words: tried only where they stand, found by indexOf,
        // instead of at every "b" or "d" of the region
        legal(StartScan.opening(DECISION, r, "Besluit van de Vlaamse ", "besluit van de Vlaamse "), region, ReferenceKind.DECISION, out);
        legal(StartScan.opening(DECREE, r, "Decreet", "decreet"), region, ReferenceKind.DECREE, out);
        StartScan scan = StartScan.opening(POLICY_NOTE, r, "Beleidsnota ", "beleidsnota ");
        Matcher m = scan.matcher();
        while (scan.find())
            out.add(new DocumentReference(ReferenceKind.POLICY_NOTE, "beleidsnota " + m.group(1), Optional.empty(),
                    Optional.empty(), located(m, region)));
        List<Span> urls = new ArrayList<>();
        scan = StartScan.of(URL, r.contains("http") ? r : "", H, DocumentReferenceExtractor::opensHttp);
        m = scan.matcher();
        while (scan.find()) {
            String url = trimPunctuation(m.group());
            Span span = new Span(region.start() + m.start(), region.start() + m.start() + url.length());
            urls.add(span);
            out.add(new DocumentReference(ReferenceKind.WEB, url, Optional.empty(), Optional.of(url),
                    new Located(url, span)));
        }
        int[] domains = mayHoldDomain(r) ? domainCandidates(r) : new int[0];
        scan = StartScan.at(DOMAIN, r, domains, domains.length);
        m = scan.matcher();
        while (scan.find()) {
            int start = region.start() + m.start();
            if (urls.stream().anyMatch(u -> u.start() <= start && start < u.end()))
                continue;
            String found = trimPunctuation(m.group());
            Span span = new Span(start, start + found.length());
            String address = "http://" + found.substring(0, m.group(1).length()).toLowerCase(Locale.ROOT)
                    + found.substring(m.group(1).length());
            out.add(new DocumentReference(ReferenceKind.WEB, found, Optional.empty(), Optional.of(address),
                    new Located(found, span)));
        }
        return out;
    }

    /** Where {@link #URL} can start: "http". */
    private static boolean opensHttp(CharSequence t, int p) {
        return p + 3 < t.length() && t.charAt(p) == 'h' && t.charAt(p + 1) == 't' && t.charAt(p + 2) == 't' && t.charAt(p + 3) == 'p';
    }

    /**
     * The offsets {@link #domainCandidate} accepts, in order, found from the dots: a candidate's
     * first label runs up to a dot, and no label character stands before it, so it is where the
     * label characters before a dot begin.
     */
    static int[] domainCandidates(String r) {
        Offsets out = new Offsets();
        for (int dot = r.indexOf('.'); dot >= 0; dot = r.indexOf('.', dot + 1)) {
            int start = dot;
            while (start > 0 && labelChar(r.charAt(start - 1)))
                start--;
            if (start < dot && domainCandidate(r, start))
                out.add(start);
        }
        return out.toArray();
    }

    /**
     * Where {@link #DOMAIN} can start: at a letter or digit that no letter, digit, "@", ".", "/" or
     * "-" precedes, whose first label (letters, digits, hyphens) ends in a dot within its length.
     */
    static boolean domainCandidate(CharSequence text, int p) {
        if (!labelChar(text.charAt(p)) || text.charAt(p) == '-')
            return false;
        if (p > 0) {
            char before = text.charAt(p - 1);
            if (before >= '0' && before <= '9' || "@./-".indexOf(before) >= 0 || Character.isLetter(before)
                    || Character.isLowSurrogate(before) && Character.isLetter(Character.codePointBefore(text, p)))
                return false;
        }
        int q = p + 1;
        while (q < text.length() && q <= p + LONGEST_LABEL && labelChar(text.charAt(q)))
            q++;
        return q < text.length() && q <= p + LONGEST_LABEL && text.charAt(q) == '.';
    }

    /**
     * False when no dot in {@code r} follows a label character and opens a top-level domain of
     * {@link #DOMAIN} (its first letter): then no domain name can match, and the candidate test,
     * which reads up to a label's length at every word, is not run.
     */
    private static boolean mayHoldDomain(String r) {
        for (int dot = r.indexOf('.', 1); dot >= 0 && dot + 1 < r.length(); dot = r.indexOf('.', dot + 1))
            if (labelChar(r.charAt(dot - 1)) && "bveconi".indexOf(r.charAt(dot + 1)) >= 0)
                return true;
        return false;
    }

    private static boolean labelChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
    }

    private static void legal(StartScan scan, Span region, ReferenceKind kind, List<DocumentReference> out) {
        Matcher m = scan.matcher();
        while (scan.find()) {
            Optional<LocalDate> date = m.group(1) == null ? Optional.empty()
                    : DutchDates.worded(m.group(1), m.group(2), m.group(3));
            // "het besluit" alone names nothing: a reference needs a date or a subject.
            if (date.isEmpty() && m.group("subject") == null)
                continue;
            out.add(new DocumentReference(kind, m.group(), date, Optional.empty(), located(m, region)));
        }
    }

    private static Located located(Matcher m, Span region) {
        return new Located(m.group(), new Span(region.start() + m.start(), region.start() + m.end()));
    }

    private static String trimPunctuation(String s) {
        int e = s.length();
        while (e > 0 && ".,;:!?".indexOf(s.charAt(e - 1)) >= 0)
            e--;
        return s.substring(0, e);
    }
}
