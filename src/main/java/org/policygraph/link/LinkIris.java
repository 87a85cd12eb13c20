package org.policygraph.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.PG;

/**
 * Mints the IRIs of the link step, deterministically, so that a second run over the same store and
 * sources gives the same graph:
 * <ul>
 * <li>graphs {@code id/graph/link/corpus} (from the corpus and the code list) and
 * {@code id/graph/link/external} (from endpoints and reference RDF);</li>
 * <li>post {@code id/post/{slug of the title as written}}, holding {@code …/holder/{person slug}};</li>
 * <li>link record {@code id/link/{hash of subject, predicate, object}}, review
 * {@code id/link-review/{hash}}, run {@code id/link-run/{corpus|external}};</li>
 * <li>Flemish municipality {@code https://data.vlaanderen.be/id/gemeente/{NIS}}.</li>
 * </ul>
 */
public final class LinkIris {

    /** Base of every link graph; nothing else lives under it. */
    public static final String LINK_GRAPH_BASE = PG.ID + "graph/link/";
    /** Links derived from the corpus itself and from user-supplied code lists. */
    public static final Node CORPUS_GRAPH = uri(LINK_GRAPH_BASE + "corpus");
    /** Links to external data sets (SPARQL endpoints, reference RDF files). */
    public static final Node EXTERNAL_GRAPH = uri(LINK_GRAPH_BASE + "external");
    /** The official IRI pattern of Flemish municipalities (OSLO, address register). */
    public static final String GEMEENTE_BASE = "https://data.vlaanderen.be/id/gemeente/";

    private LinkIris() {
    }

    /** A post, by its title as written. */
    public static Node post(String title) {
        String slug = Iris.slug(title);
        if (slug.length() > 120)
            slug = slug.substring(0, 100).replaceAll("-$", "") + "-" + hash(title).substring(0, 8);
        return uri(PG.ID + "post/" + slug);
    }

    /** A person's holding of a post. */
    public static Node holding(Node post, Node person) {
        String p = person.getURI();
        return uri(post.getURI() + "/holder/" + p.substring(p.lastIndexOf('/') + 1));
    }

    /** The record (method, score, time) of one linking triple. */
    public static Node linkRecord(Node s, Node p, Node o) {
        return uri(PG.ID + "link/" + hash(s + " " + p + " " + o).substring(0, 20));
    }

    /** The review record of a thing with ambiguous candidates. */
    public static Node review(Node subject, String method) {
        return uri(PG.ID + "link-review/" + hash(subject + " " + method).substring(0, 20));
    }

    /** The run that wrote a link graph. */
    public static Node run(Node graph) {
        String g = graph.getURI();
        return uri(PG.ID + "link-run/" + g.substring(g.lastIndexOf('/') + 1));
    }

    /** A Flemish municipality by NIS code. */
    public static Node gemeente(String nisCode) {
        if (!nisCode.matches("\\d{5}"))
            throw new IllegalArgumentException("not a NIS code: '" + nisCode + "'");
        return uri(GEMEENTE_BASE + nisCode);
    }

    /** A reference file used by a run, by name and content hash. */
    public static Node referenceFile(String name, String sha256) {
        return uri(PG.ID + "reference/" + Iris.slug(name) + "/" + sha256.substring(0, 16));
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
