package org.policygraph.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.policygraph.link.CorpusFacts.PlaceFact;
import org.policygraph.rdf.PG;

/**
 * NIS codes for the provinces and municipalities the corpus mentions, from a user-supplied REFNIS
 * list: a name is looked up on the dates of the documents that mention it, so that a merged
 * municipality gets the code it had then (Moerbeke in 2023: 44045; Lokeren in 2025: 46029). A Flemish
 * municipality also gets {@code skos:exactMatch} its {@code data.vlaanderen.be/id/gemeente/{NIS}}.
 * Without a list nothing is written: no code is ever invented.
 */
final class PlaceCodes {

    private final Map<Node, Set<String>> codes = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
    private final List<Ambiguity> ambiguities = new ArrayList<>();
    private final List<PlaceFact> notFound = new ArrayList<>();

    static PlaceCodes write(CorpusFacts facts, NisCodeList list, LinkGraph out) {
        PlaceCodes pc = new PlaceCodes();
        if (list.isEmpty())
            return pc;
        for (PlaceFact place : facts.places()) {
            List<Optional<LocalDate>> dates = place.dates().isEmpty() ? List.of(Optional.empty())
                    : place.dates().stream().map(Optional::of).toList();
            Map<String, NisEntry> found = new TreeMap<>();
            for (Optional<LocalDate> date : dates) {
                NisCodeList.Lookup l = list.lookup(place.level(), place.label(), date);
                if (l.candidates().size() > 1) {
                    pc.ambiguities.add(new Ambiguity(place.iri(), place.label(), "refnis-name-on-date",
                            l.candidates().stream().map(e -> NodeFactory.createLiteralString(e.code() + " " + e.name())).toList(),
                            "several codes have this name" + date.map(d -> " on " + d).orElse("")));
                    break;
                }
                l.single().ifPresent(e -> found.put(e.code(), e));
            }
            if (found.isEmpty() && pc.ambiguities.stream().noneMatch(a -> a.subject().equals(place.iri())))
                pc.notFound.add(place);
            for (NisEntry e : found.values()) {
                pc.codes.computeIfAbsent(place.iri(), k -> new TreeSet<>()).add(e.code());
                out.link(Link.of(place.iri(), PG.nisCode, NodeFactory.createLiteralString(e.code()), "refnis-name-on-date", "1.0"));
                Optional<LocalDate> on = place.dates().isEmpty() ? Optional.empty() : Optional.of(place.dates().iterator().next());
                if (place.level() == PlaceLevel.MUNICIPALITY && list.isFlemish(e, on.filter(e::validOn))) {
                    Node gemeente = LinkIris.gemeente(e.code());
                    out.link(Link.of(place.iri(), LinkVocab.EXACT_MATCH, gemeente, "refnis-name-on-date", "1.0"));
                    out.string(gemeente, PG.nisCode, e.code()).string(gemeente, LinkVocab.RDFS_LABEL, e.baseName())
                            .date(gemeente, PG.validFrom, e.from()).date(gemeente, PG.validUntil, e.until());
                }
            }
        }
        pc.ambiguities.forEach(out::review);
        return pc;
    }

    /** The codes found per place. */
    Map<Node, Set<String>> codes() {
        return codes;
    }

    List<Ambiguity> ambiguities() {
        return List.copyOf(ambiguities);
    }

    List<PlaceFact> notFound() {
        return List.copyOf(notFound);
    }
}
