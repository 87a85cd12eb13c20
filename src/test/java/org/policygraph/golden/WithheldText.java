package org.policygraph.golden;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.policygraph.rdf.Nif;
import org.policygraph.rdf.PG;

/**
 * The graph of a document that may not be copied into the repository (one in {@code ../shared}),
 * with its passages replaced by fingerprints: the whole text, span quotes, question and answer
 * texts, introductions, and any other literal longer than {@value #LONGEST_KEPT} characters become
 * {@code "[withheld: N chars, sha256 …]"}. Short facts (numbers, names, titles, figure quotes) stay
 * readable; a change in a withheld passage still changes its fingerprint, so the case still fails.
 */
final class WithheldText {

    /** Longer literals are passages of the document, whatever their property. */
    static final int LONGEST_KEPT = 160;

    /** Properties whose values are passages of the document, however short. */
    private static final Set<Node> PASSAGES = Set.of(Nif.isString, Nif.anchorOf, PG.text, PG.context);

    private WithheldText() {
    }

    /** A copy of {@code dsg} with every passage replaced by its fingerprint; prefixes kept. */
    static DatasetGraph of(DatasetGraph dsg) {
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        dsg.prefixes().forEach(out.prefixes()::add);
        dsg.find().forEachRemaining(q -> out.add(new Quad(q.getGraph(), q.getSubject(), q.getPredicate(),
                withheld(q.getPredicate(), q.getObject()))));
        return out;
    }

    private static Node withheld(Node predicate, Node object) {
        if (!object.isLiteral())
            return object;
        String lex = object.getLiteralLexicalForm();
        if (!PASSAGES.contains(predicate) && lex.length() <= LONGEST_KEPT)
            return object;
        return NodeFactory.createLiteralString("[withheld: " + lex.codePointCount(0, lex.length()) + " chars, sha256 "
                + sha256(lex).substring(0, 16) + "]");
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
