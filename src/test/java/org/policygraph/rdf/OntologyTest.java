package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.policygraph.store.StoreValidator;

/** The ontology declares, labels and comments every term the code uses, in English and Dutch. */
class OntologyTest {

    private static final Graph ONTOLOGY = RDFDataMgr.loadGraph("ontology/policygraph.ttl");

    private static List<Node> codeTerms() throws IllegalAccessException {
        List<Node> terms = new ArrayList<>();
        for (Class<?> c : List.of(PG.class, HarvestVocab.class, SeriesVocab.class, ResponsivenessVocab.class,
                CommitmentVocab.class))
            for (Field f : c.getFields())
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class && ((Node) f.get(null)).getURI().startsWith(PG.NS))
                    terms.add((Node) f.get(null));
        return terms;
    }

    @Test
    void everyTermOfTheCodeIsDeclaredWithLabelsAndCommentsInEnglishAndDutch() throws IllegalAccessException {
        List<Node> terms = codeTerms();
        assertTrue(terms.size() > 20);
        for (Node term : terms) {
            assertTrue(ONTOLOGY.contains(term, RDF.Nodes.type, Node.ANY), term + " is not declared");
            for (String lang : Set.of("en", "nl")) {
                assertTrue(hasLang(term, RDFS.Nodes.label, lang), term + " has no label @" + lang);
                assertTrue(hasLang(term, RDFS.Nodes.comment, lang), term + " has no comment @" + lang);
            }
        }
    }

    @Test
    void contractTermsAreDeclared() {
        for (String local : List.of("WrittenQuestion", "Answer", "SubQuestion", "AnswerPart", "Figure", "Advice",
                "questionNumber", "askedBy", "addressedTo", "addresseeTitle", "hasSubQuestion", "hasAnswer", "answers",
                "answeredBy", "refersTo", "hasAnswerPart", "label", "respondsTo", "pointsTo", "value", "unit",
                "measure", "quote", "citedIn", "hasSection", "text"))
            assertTrue(ONTOLOGY.contains(NodeFactory.createURI(PG.NS + local), RDF.Nodes.type, Node.ANY), local);
    }

    @Test
    void shapesParse() {
        assertFalse(StoreValidator.shapes().numRootShapes() == 0);
    }

    private static boolean hasLang(Node s, Node p, String lang) {
        return ONTOLOGY.find(s, p, Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().isLiteral() && lang.equals(t.getObject().getLiteralLanguage()));
    }
}
