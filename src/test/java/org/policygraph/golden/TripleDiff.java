package org.policygraph.golden;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * The difference between an expected and an actual graph, as sorted Turtle-like lines with
 * prefixed names: the triples missing and the triples extra. A blank node is shown by what it
 * says ({@code [ p o ; p o ]}), since its label means nothing across two parses; long literals are
 * cut, with their length and a short hash so that two different ones never look alike.
 * <pre>{@code
 * TripleDiff d = TripleDiff.of(expected, actual, prefixes);
 * if (!d.isEmpty()) System.out.println(d.report());
 * }</pre>
 */
record TripleDiff(List<String> missing, List<String> extra) {

    private static final int LITERAL_SHOWN = 120;
    private static final int BLANK_DEPTH = 3;

    /** The lines only in {@code expected} (missing) and only in {@code actual} (extra), sorted. */
    static TripleDiff of(Graph expected, Graph actual, PrefixMapping prefixes) {
        Map<String, Integer> want = lines(expected, prefixes);
        Map<String, Integer> got = lines(actual, prefixes);
        return new TripleDiff(surplus(want, got), surplus(got, want));
    }

    /** True when no line differs (the graphs may still differ in the shape of their blank nodes). */
    boolean isEmpty() {
        return missing.isEmpty() && extra.isEmpty();
    }

    /** The readable report: counts, then the missing and the extra lines. */
    String report() {
        StringBuilder b = new StringBuilder();
        b.append(missing.size()).append(" missing, ").append(extra.size()).append(" extra\n");
        if (!missing.isEmpty()) {
            b.append("missing (in the expected graph, not produced):\n");
            missing.forEach(l -> b.append("  - ").append(l).append('\n'));
        }
        if (!extra.isEmpty()) {
            b.append("extra (produced, not in the expected graph):\n");
            extra.forEach(l -> b.append("  + ").append(l).append('\n'));
        }
        return b.toString();
    }

    private static List<String> surplus(Map<String, Integer> a, Map<String, Integer> b) {
        List<String> out = new ArrayList<>();
        a.forEach((line, n) -> {
            for (int i = b.getOrDefault(line, 0); i < n; i++)
                out.add(line);
        });
        return out;
    }

    // Counted, because two blank nodes with the same content give the same line.
    private static Map<String, Integer> lines(Graph g, PrefixMapping prefixes) {
        Map<String, Integer> lines = new TreeMap<>();
        for (Triple t : g.find().toList()) {
            String line = node(g, t.getSubject(), prefixes, BLANK_DEPTH, new HashSet<>()) + " "
                    + node(g, t.getPredicate(), prefixes, 0, Set.of()) + " "
                    + node(g, t.getObject(), prefixes, BLANK_DEPTH, new HashSet<>()) + " .";
            lines.merge(line, 1, Integer::sum);
        }
        return lines;
    }

    private static String node(Graph g, Node n, PrefixMapping prefixes, int depth, Set<Node> seen) {
        if (n.isBlank())
            return blank(g, n, prefixes, depth, seen);
        if (n.isLiteral() && n.getLiteralLexicalForm().length() > LITERAL_SHOWN)
            return longLiteral(n, prefixes);
        if (n.isURI())
            return iri(n.getURI(), prefixes);
        return FmtUtils.stringForNode(n, prefixes);
    }

    // Prefixed wherever a prefix fits, even where strict Turtle would not allow the local part
    // (pgid:figure/input.txt/620-632): the lines are for reading, not for parsing.
    private static String iri(String iri, PrefixMapping prefixes) {
        String best = null;
        for (Map.Entry<String, String> e : prefixes.getNsPrefixMap().entrySet())
            if (iri.startsWith(e.getValue()) && (best == null || e.getValue().length() > prefixes.getNsPrefixURI(best).length()))
                best = e.getKey();
        return best == null ? "<" + iri + ">" : best + ":" + iri.substring(prefixes.getNsPrefixURI(best).length());
    }

    private static String blank(Graph g, Node n, PrefixMapping prefixes, int depth, Set<Node> seen) {
        if (depth == 0 || !seen.add(n))
            return "[…]";
        List<String> parts = new ArrayList<>();
        for (Triple t : g.find(n, Node.ANY, Node.ANY).toList())
            parts.add(node(g, t.getPredicate(), prefixes, 0, Set.of()) + " "
                    + node(g, t.getObject(), prefixes, depth - 1, seen));
        seen.remove(n);
        parts.sort(null);
        return parts.isEmpty() ? "[]" : "[ " + String.join(" ; ", parts) + " ]";
    }

    private static String longLiteral(Node n, PrefixMapping prefixes) {
        String lex = n.getLiteralLexicalForm();
        String head = FmtUtils.stringEsc(lex.substring(0, LITERAL_SHOWN), true);
        String type = n.getLiteralLanguage().isEmpty()
                ? (n.getLiteralDatatypeURI().endsWith("#string") ? "" : "^^" + FmtUtils.stringForURI(n.getLiteralDatatypeURI(), prefixes))
                : "@" + n.getLiteralLanguage();
        return "\"" + head + "…\"" + type + " (" + lex.length() + " chars, sha256 " + shortHash(lex) + ")";
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
