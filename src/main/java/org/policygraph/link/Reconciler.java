package org.policygraph.link;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.OWL;
import org.policygraph.link.CorpusFacts.PlaceFact;
import org.policygraph.rdf.PG;

/**
 * Looks persons and places up in reference sources in Wikidata's shape and links those that one
 * candidate fits clearly.
 * <ul>
 * <li>Persons: humans ({@code wdt:P31 wd:Q5}) whose Dutch or English label or alias is the name.
 * A name alone scores 0.5; a position ({@code p:P39}) whose Dutch label shows the role the corpus
 * gives the person (member of the Flemish Parliament, Flemish minister) adds 0.3; a start/end
 * ({@code pq:P580}/{@code pq:P582}) around a date the corpus shows them in that role adds 0.2.
 * Linked ({@code owl:sameAs}) when the best scores at least 0.8 and better than any other.</li>
 * <li>Places: by NIS code ({@code wdt:P1567}) when the code list gave one (score 1.0), else by
 * Dutch label and type (municipality or province of Belgium; 0.9), taking the item's NIS code.
 * Linked with {@code skos:exactMatch} when exactly one item fits.</li>
 * </ul>
 * Everything else with candidates is reported as an {@link Ambiguity}, never guessed.
 */
final class Reconciler {

    static final String PREFIXES = """
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            PREFIX p: <http://www.wikidata.org/prop/>
            PREFIX ps: <http://www.wikidata.org/prop/statement/>
            PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    /** Wikidata: municipality of Belgium. */
    static final String MUNICIPALITY_OF_BELGIUM = "http://www.wikidata.org/entity/Q493522";
    /** Wikidata: province of Belgium. */
    static final String PROVINCE_OF_BELGIUM = "http://www.wikidata.org/entity/Q83116";
    private static final int BATCH = 40;
    private static final BigDecimal THRESHOLD = new BigDecimal("0.8");

    private final List<ReferenceSource> sources;
    private final List<Ambiguity> ambiguities = new ArrayList<>();
    private int notFound;

    Reconciler(List<ReferenceSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** A person to look up: canonical resource, name, and the dates the corpus shows them in each role. */
    record PersonQuery(Node person, String name, Map<Role, Set<LocalDate>> roles) {
    }

    private record Statement(Optional<Role> role, Optional<LocalDate> start, Optional<LocalDate> end) {
    }

    void persons(List<PersonQuery> people, LinkGraph out) {
        Map<String, List<PersonQuery>> byName = new TreeMap<>();
        for (PersonQuery p : people)
            for (String variant : variants(p.name()))
                byName.computeIfAbsent(variant, k -> new ArrayList<>()).add(p);
        // person -> item -> statements
        Map<Node, Map<Node, List<Statement>>> found = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(byName.keySet());
        for (int i = 0; i < names.size(); i += BATCH) {
            List<String> batch = names.subList(i, Math.min(names.size(), i + BATCH));
            StringBuilder values = new StringBuilder();
            for (String n : batch)
                values.append(literal(n, "nl")).append(' ').append(literal(n, "en")).append(' ');
            String q = PREFIXES + "SELECT ?name ?item ?st ?positionLabel ?start ?end WHERE {\n VALUES ?name { " + values + "}\n"
                    + " { ?item rdfs:label ?name } UNION { ?item skos:altLabel ?name }\n ?item wdt:P31 wd:Q5 .\n"
                    + " OPTIONAL { ?item p:P39 ?st . ?st ps:P39 ?position .\n"
                    + "   OPTIONAL { ?position rdfs:label ?positionLabel FILTER(LANG(?positionLabel) = \"nl\") }\n"
                    + "   OPTIONAL { ?st pq:P580 ?start } OPTIONAL { ?st pq:P582 ?end } }\n}";
            for (ReferenceSource s : sources)
                for (Binding b : s.select(q))
                    for (PersonQuery p : byName.getOrDefault(b.get("name").getLiteralLexicalForm(), List.of())) {
                        List<Statement> st = found.computeIfAbsent(p.person(), k -> new TreeMap<>(Comparator.comparing(Node::getURI)))
                                .computeIfAbsent(b.get("item"), k -> new ArrayList<>());
                        if (b.contains("st"))
                            st.add(new Statement(Optional.ofNullable(b.get("positionLabel")).flatMap(l -> Role.ofPosition(l.getLiteralLexicalForm())),
                                    date(b, "start"), date(b, "end")));
                    }
        }
        for (PersonQuery p : people) {
            Map<Node, List<Statement>> items = found.getOrDefault(p.person(), Map.of());
            if (items.isEmpty()) {
                notFound++;
                continue;
            }
            Map<Node, BigDecimal> scores = new HashMap<>();
            Map<Node, Boolean> dated = new HashMap<>();
            for (Map.Entry<Node, List<Statement>> e : items.entrySet()) {
                boolean role = false, dates = false;
                for (Statement st : e.getValue())
                    if (st.role().isPresent() && p.roles().containsKey(st.role().get())) {
                        role = true;
                        dates |= p.roles().get(st.role().get()).stream().anyMatch(d -> within(d, st));
                    }
                scores.put(e.getKey(), new BigDecimal(role ? (dates ? "1.0" : "0.8") : "0.5"));
                dated.put(e.getKey(), dates);
            }
            decide(p.person(), p.name(), scores, OWL.sameAs.asNode(),
                    item -> dated.get(item) ? "label-role-and-dates" : "label-and-role", "label-and-role", out);
        }
    }

    void places(List<PlaceFact> places, Map<Node, Set<String>> codes, LinkGraph out) {
        List<PlaceFact> byCode = places.stream().filter(p -> codes.containsKey(p.iri())).toList();
        List<PlaceFact> byLabel = places.stream().filter(p -> !codes.containsKey(p.iri())).toList();
        Map<String, Set<Node>> itemsByCode = new TreeMap<>();
        List<String> allCodes = byCode.stream().flatMap(p -> codes.get(p.iri()).stream()).distinct().sorted().toList();
        for (int i = 0; i < allCodes.size(); i += BATCH) {
            StringBuilder values = new StringBuilder();
            for (String c : allCodes.subList(i, Math.min(allCodes.size(), i + BATCH)))
                values.append(literal(c, "")).append(' ');
            String q = PREFIXES + "SELECT ?code ?item WHERE { VALUES ?code { " + values + "} ?item wdt:P1567 ?code }";
            for (ReferenceSource s : sources)
                for (Binding b : s.select(q))
                    itemsByCode.computeIfAbsent(b.get("code").getLiteralLexicalForm(), k -> new TreeSet<>(Comparator.comparing(Node::getURI)))
                            .add(b.get("item"));
        }
        for (PlaceFact p : byCode) {
            Map<Node, BigDecimal> scores = new HashMap<>();
            for (String c : codes.get(p.iri()))
                for (Node item : itemsByCode.getOrDefault(c, Set.of()))
                    scores.put(item, BigDecimal.ONE);
            if (scores.isEmpty())
                notFound++;
            else if (codes.get(p.iri()).size() > 1)
                // Codes over time (a merger): each code's item is the place at its time.
                scores.keySet().stream().sorted(Comparator.comparing(Node::getURI)).forEach(item ->
                        out.link(Link.of(p.iri(), LinkVocab.EXACT_MATCH, item, "nis-code", "1.0")));
            else
                decide(p.iri(), p.label(), scores, LinkVocab.EXACT_MATCH, item -> "nis-code", "nis-code", out);
        }
        Map<String, List<Binding>> rowsByName = new TreeMap<>();
        List<String> labels = byLabel.stream().map(PlaceFact::label).distinct().sorted().toList();
        for (int i = 0; i < labels.size(); i += BATCH) {
            StringBuilder values = new StringBuilder();
            for (String l : labels.subList(i, Math.min(labels.size(), i + BATCH)))
                values.append(literal(l, "nl")).append(' ');
            String q = PREFIXES + "SELECT ?name ?item ?type ?code WHERE { VALUES ?name { " + values + "}\n"
                    + " VALUES ?type { <" + MUNICIPALITY_OF_BELGIUM + "> <" + PROVINCE_OF_BELGIUM + "> }\n"
                    + " ?item rdfs:label ?name ; wdt:P31 ?type . OPTIONAL { ?item wdt:P1567 ?code } }";
            for (ReferenceSource s : sources)
                for (Binding b : s.select(q))
                    rowsByName.computeIfAbsent(b.get("name").getLiteralLexicalForm(), k -> new ArrayList<>()).add(b);
        }
        for (PlaceFact p : byLabel) {
            String type = p.level() == PlaceLevel.PROVINCE ? PROVINCE_OF_BELGIUM : MUNICIPALITY_OF_BELGIUM;
            Map<Node, BigDecimal> scores = new HashMap<>();
            Map<Node, String> itemCodes = new HashMap<>();
            for (Binding b : rowsByName.getOrDefault(p.label(), List.of()))
                if (b.get("type").getURI().equals(type)) {
                    scores.put(b.get("item"), new BigDecimal("0.9"));
                    if (b.contains("code"))
                        itemCodes.merge(b.get("item"), b.get("code").getLiteralLexicalForm(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
                }
            if (scores.isEmpty()) {
                notFound++;
                continue;
            }
            Optional<Node> item = decide(p.iri(), p.label(), scores, LinkVocab.EXACT_MATCH, i -> "label-and-type", "label-and-type", out);
            item.map(itemCodes::get).ifPresent(code -> {
                out.link(Link.of(p.iri(), PG.nisCode, NodeFactory.createLiteralString(code), "endpoint-nis-code", "0.9"));
                if (p.level() == PlaceLevel.MUNICIPALITY && flemishByCode(code))
                    out.link(Link.of(p.iri(), LinkVocab.EXACT_MATCH, LinkIris.gemeente(code), "endpoint-nis-code", "0.9"));
            });
        }
    }

    /** Links the single best candidate, or reports the candidates; returns the linked item. */
    private Optional<Node> decide(Node subject, String label, Map<Node, BigDecimal> scores, Node predicate,
                                  java.util.function.Function<Node, String> method, String lookup, LinkGraph out) {
        List<Node> ranked = scores.keySet().stream()
                .sorted(Comparator.comparing((Node n) -> scores.get(n)).reversed().thenComparing(Node::getURI)).toList();
        Node best = ranked.get(0);
        BigDecimal top = scores.get(best);
        boolean clear = ranked.size() == 1 || scores.get(ranked.get(1)).compareTo(top) < 0;
        if (top.compareTo(THRESHOLD) >= 0 && clear) {
            out.link(new Link(subject, predicate, best, method.apply(best), top));
            return Optional.of(best);
        }
        List<Node> tied = ranked.stream().filter(n -> scores.get(n).compareTo(top) == 0).toList();
        String reason = top.compareTo(THRESHOLD) < 0
                ? "no candidate shows the role the corpus gives (best score " + top.toPlainString() + ")"
                : tied.size() + " candidates fit equally (score " + top.toPlainString() + ")";
        Ambiguity a = new Ambiguity(subject, label, lookup, ranked, reason);
        ambiguities.add(a);
        out.review(a);
        return Optional.empty();
    }

    List<Ambiguity> ambiguities() {
        return List.copyOf(ambiguities);
    }

    int notFound() {
        return notFound;
    }

    /** The name and its variant with a straight apostrophe ("D’Haese", "D'Haese"). */
    private static Set<String> variants(String name) {
        return new TreeSet<>(List.of(name, name.replace('’', '\'')));
    }

    /**
     * Whether a NIS code lies in the Flemish Region by its structure: the first digit is the
     * province (1 Antwerpen, 3 West-, 4 Oost-Vlaanderen, 7 Limburg) and Vlaams-Brabant's
     * arrondissements are 23 and 24. Used only for codes an endpoint gives; a REFNIS list
     * answers this from its hierarchy.
     */
    static boolean flemishByCode(String code) {
        return code.matches("[1347]\\d{4}|2[34]\\d{3}");
    }

    private static Optional<LocalDate> date(Binding b, String var) {
        Node n = b.get(var);
        if (n == null || !n.isLiteral() || n.getLiteralLexicalForm().length() < 10)
            return Optional.empty();
        try {
            return Optional.of(LocalDate.parse(n.getLiteralLexicalForm().substring(0, 10)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean within(LocalDate d, Statement st) {
        return st.start().isPresent() && !d.isBefore(st.start().get()) && st.end().map(e -> !d.isAfter(e)).orElse(true);
    }

    private static String literal(String s, String lang) {
        String escaped = s.replace("\\", "\\\\").replace("\"", "\\\"");
        return "\"" + escaped + "\"" + (lang.isEmpty() ? "" : "@" + lang);
    }

    static Map<Role, Set<LocalDate>> roles() {
        return new EnumMap<>(Role.class);
    }
}
