package org.policygraph.rdf;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.policygraph.model.Person;
import org.policygraph.model.Span;

/**
 * Mints every instance IRI, deterministically from what identifies the thing, so that the same
 * document gives the same IRIs on any machine.
 * <ul>
 * <li>question: {@code id/question/{date}/{number}/{addressee}}: ministers number their questions
 * each on their own, so the addressee is part of the identity; without one the segment is left
 * out;</li>
 * <li>person: {@code id/person/{slug of the name}};</li>
 * <li>series of questions: {@code id/series/{addressee}/{key of the title's core}};</li>
 * <li>per document key (the file's relative path): {@code id/source/…}, {@code id/graph/…},
 * {@code id/document/…}, and spans {@code id/span/{key}/{start}-{end}}.</li>
 * </ul>
 */
public final class Iris {

    /** The named graph where ingest bookkeeping (times, activities) is kept apart from documents. */
    public static final Node REGISTRY_GRAPH = NodeFactory.createURI(PG.ID + "graph/registry");
    /** Prefix of every document graph; nothing else lives under it. */
    public static final String DOCUMENT_GRAPH_BASE = PG.ID + "graph/document/";
    /** The graph the server loads the ontology into, named by the ontology's IRI. */
    public static final Node VOCABULARY_GRAPH = NodeFactory.createURI("https://w3id.org/policygraph/def");

    private Iris() {
    }

    /** A written question, identified by date, number and (when known) the minister addressed. */
    public static Node question(String number, LocalDate date, Optional<Person> addressee) {
        String base = PG.ID + "question/" + date + "/" + segment(number.toLowerCase(Locale.ROOT));
        return uri(addressee.map(p -> base + "/" + slug(p.name())).orElse(base));
    }

    /** A question known only by number and parliamentary year ("nr. 58, 2017-2018"). */
    public static Node questionInSession(String number, String session, Optional<Person> addressee) {
        String base = PG.ID + "question/session/" + segment(session) + "/" + segment(number.toLowerCase(Locale.ROOT));
        return uri(addressee.map(p -> base + "/" + slug(p.name())).orElse(base));
    }

    /**
     * A series of questions, by the minister they are addressed to and the key of their title's
     * core: every question of the series mints the same IRI.
     */
    public static Node series(Person addressee, String titleKey) {
        return uri(PG.ID + "series/" + slug(addressee.name()) + "/" + segment(titleKey));
    }

    /** A sub-question, by its path of labels under the question ("3", "a"). */
    public static Node subQuestion(Node question, java.util.List<String> path) {
        return uri(question.getURI() + "/sub/" + String.join("/", path.stream().map(Iris::segment).toList()));
    }

    /** An answer part, by its path of labels under the answer ("3", "a-d"). */
    public static Node answerPart(Node answer, java.util.List<String> path) {
        return uri(answer.getURI() + "/part/" + String.join("/", path.stream().map(Iris::segment).toList()));
    }

    /** A thing named in texts, by kind ("province", "organisation", ...) and name. */
    public static Node named(String kind, String name) {
        return uri(PG.ID + kind + "/" + slug(name));
    }

    /** A decision or decree, by kind, date (when known) and what it is about. */
    public static Node legal(String kind, Optional<LocalDate> date, String title) {
        String slug = slug(title);
        if (slug.length() > 80)
            slug = slug.substring(0, 80).replaceAll("-$", "");
        return uri(PG.ID + kind + "/" + date.map(LocalDate::toString).orElse("undated") + "/" + slug);
    }

    /** An advice by council, date and title: the same advice cited from two documents is one resource. */
    public static Node advice(String council, LocalDate date, String title) {
        String slug = slug(title);
        if (slug.length() > 80)
            slug = slug.substring(0, 80).replaceAll("-$", "");
        return uri(PG.ID + "advice/" + slug(council) + "/" + date + "/" + slug);
    }

    /** A part of a document below its resource ("section/2", "recommendation/3"). */
    public static Node part(Node document, String kind, String label) {
        return uri(document.getURI() + "/" + kind + "/" + segment(label));
    }

    /** The answer to a question. */
    public static Node answer(Node question) {
        return uri(question.getURI() + "/answer");
    }

    /** A person, by name. */
    public static Node person(Person person) {
        return uri(PG.ID + "person/" + slug(person.name()));
    }

    /** The source document (the ingested file) with this key. */
    public static Node source(String key) {
        return uri(PG.ID + "source/" + pathSegments(key));
    }

    /** The named graph that holds everything read from the document with this key. */
    public static Node documentGraph(String key) {
        return uri(DOCUMENT_GRAPH_BASE + pathSegments(key));
    }

    /** A document read as a generic document (not a more specific kind). */
    public static Node document(String key) {
        return uri(PG.ID + "document/" + pathSegments(key));
    }

    /** A span of the normalised text of the document with this key. */
    public static Node span(String key, Span span) {
        return uri(PG.ID + "span/" + pathSegments(key) + "/" + span.start() + "-" + span.end());
    }

    /** A figure cited at this span of the document with this key. */
    public static Node figure(String key, Span span) {
        return uri(PG.ID + "figure/" + pathSegments(key) + "/" + span.start() + "-" + span.end());
    }

    /** A commitment made at this span (its statement) of the document with this key. */
    public static Node commitment(String key, Span span) {
        return uri(PG.ID + "commitment/" + pathSegments(key) + "/" + span.start() + "-" + span.end());
    }

    /** The grant whose amount is the figure cited at this span: one grant per amount. */
    public static Node grant(String key, Span amount) {
        return uri(figure(key, amount).getURI() + "/grant");
    }

    /** The last ingest of the document with this key (kept in the registry graph). */
    public static Node ingest(String key) {
        return uri(PG.ID + "ingest/" + pathSegments(key));
    }

    /** The {@code n}th parse issue (from 1) of the last ingest of the document with this key. */
    public static Node parseIssue(String key, int n) {
        return uri(PG.ID + "ingest/" + pathSegments(key) + "/issue/" + n);
    }

    /** Compiled once: {@code String.replaceAll} compiles its pattern on every call, and slugs are made per resource. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-|-$");

    /**
     * The IRI of everything minted from a document key, as bases: each such IRI is a base itself or
     * a base followed by {@code /} and more (a span's offsets, a part's label, an issue's number).
     * What must change when a document moves to another key, and nothing else.
     */
    public static List<String> keyedBases(String key) {
        String segments = pathSegments(key);
        return List.of(PG.ID + "source/" + segments, DOCUMENT_GRAPH_BASE + segments,
                PG.ID + "document/" + segments, PG.ID + "span/" + segments, PG.ID + "figure/" + segments,
                PG.ID + "commitment/" + segments, PG.ID + "ingest/" + segments);
    }

    /**
     * A readable, stable slug: diacritics dropped, lower case, runs of other characters as one
     * hyphen. "Kurt De Loor" and "KURT DE LOOR" give the same slug "kurt-de-loor".
     */
    public static String slug(String s) {
        String slug = isAscii(s) ? asciiSlug(s) : decomposedSlug(s);
        return slug.isEmpty() ? "_" + segment(s) : slug;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++)
            if (s.charAt(i) >= 0x80)
                return false;
        return true;
    }

    /**
     * The slug of an ASCII string in one loop: nothing to decompose, and the three patterns of
     * {@link #decomposedSlug} cost more than the rest of a resource's mapping.
     */
    private static String asciiSlug(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z')
                c = (char) (c + ('a' - 'A'));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && sb.length() > 0)
                    sb.append('-');
                gap = false;
                sb.append(c);
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    private static String decomposedSlug(String s) {
        String ascii = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return EDGE_HYPHENS.matcher(NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    }

    /** A document key and its encoded path: the last one asked for, as one document's spans ask in a row. */
    private record EncodedKey(String key, String path) {
    }

    private static volatile EncodedKey lastKey = new EncodedKey("", "");

    private static String pathSegments(String key) {
        EncodedKey last = lastKey;
        if (last.key().equals(key))
            return last.path();
        String path = encodePath(key);
        lastKey = new EncodedKey(key, path);
        return path;
    }

    private static String encodePath(String key) {
        StringBuilder sb = new StringBuilder();
        for (String part : key.split("/", -1)) {
            if (sb.length() > 0)
                sb.append('/');
            sb.append(segment(part));
        }
        return sb.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Percent-encodes everything but the unreserved characters of RFC 3986. */
    static String segment(String s) {
        // most segments (labels "3", "a", slugs) need no encoding: no copy of them
        int i = 0;
        while (i < s.length() && unreserved(s.charAt(i)))
            i++;
        if (i == s.length())
            return s;
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (unreserved(c))
                sb.append((char) c);
            else
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
        }
        return sb.toString();
    }

    private static boolean unreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
