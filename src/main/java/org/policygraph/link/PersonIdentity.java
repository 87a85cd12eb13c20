package org.policygraph.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.policygraph.lang.PersonNames;
import org.policygraph.link.CorpusFacts.PersonName;
import org.policygraph.rdf.Iris;

/**
 * One identity per person across the corpus.
 * <p>
 * Case and diacritics are already folded where the person's IRI is minted (a document alone can do
 * that: "KURT DE LOOR" and "Kurt De Loor" are one IRI). What needs the whole corpus is decided here:
 * names that differ only in spaces and hyphens ("Vande Casteele", "Vandecasteele") and names written
 * with initials ("H. Crevits"), which are one person only when exactly one full name in the corpus
 * fits. Each such variant gets {@code owl:sameAs} its canonical resource; a variant that fits several
 * is reported.
 */
public final class PersonIdentity {

    private final Map<Node, Node> canonical = new HashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Ambiguity> ambiguities = new ArrayList<>();
    private final Map<Node, String> names = new HashMap<>();

    private PersonIdentity() {
    }

    /** Resolves the persons of a corpus. */
    public static PersonIdentity resolve(List<PersonName> persons) {
        PersonIdentity id = new PersonIdentity();
        Map<String, List<PersonName>> byKey = new TreeMap<>();
        List<PersonName> withInitials = new ArrayList<>();
        for (PersonName p : persons) {
            id.names.put(p.iri(), p.name());
            if (PersonNames.initialled(p.name()).isPresent())
                withInitials.add(p);
            else
                byKey.computeIfAbsent(compactKey(p.name()), k -> new ArrayList<>()).add(p);
        }
        List<PersonName> fullNames = new ArrayList<>();
        for (List<PersonName> group : byKey.values()) {
            group.sort(Comparator.comparing((PersonName p) -> -p.name().split("[ -]").length)
                    .thenComparing(p -> p.iri().getURI()));
            PersonName head = group.get(0);
            fullNames.add(head);
            id.canonical.put(head.iri(), head.iri());
            for (PersonName variant : group.subList(1, group.size())) {
                id.canonical.put(variant.iri(), head.iri());
                id.links.add(Link.of(variant.iri(), OWL.sameAs.asNode(), head.iri(), "name-key", "0.9"));
            }
        }
        for (PersonName p : withInitials) {
            PersonNames.Initialled name = PersonNames.initialled(p.name()).orElseThrow();
            String firstInitial = fold(name.initials().substring(0, 1));
            String surname = Iris.slug(name.rest());
            List<PersonName> fits = fullNames.stream().filter(f -> {
                String slug = Iris.slug(f.name());
                return slug.endsWith("-" + surname) && fold(f.name()).startsWith(firstInitial)
                        && slug.length() > surname.length() + 1;
            }).toList();
            if (fits.size() == 1) {
                id.canonical.put(p.iri(), fits.get(0).iri());
                id.links.add(Link.of(p.iri(), OWL.sameAs.asNode(), fits.get(0).iri(), "initials", "0.8"));
            } else {
                id.canonical.put(p.iri(), p.iri());
                if (fits.size() > 1)
                    id.ambiguities.add(new Ambiguity(p.iri(), p.name(), "initials",
                            fits.stream().map(PersonName::iri).sorted(Comparator.comparing(Node::getURI)).toList(),
                            "initials fit " + fits.size() + " persons of the corpus"));
            }
        }
        return id;
    }

    /** The resource that stands for {@code person} (itself when it is not a variant). */
    public Node canonical(Node person) {
        return canonical.getOrDefault(person, person);
    }

    /** The canonical resources, sorted. */
    public List<Node> persons() {
        return canonical.values().stream().distinct().sorted(Comparator.comparing(Node::getURI)).toList();
    }

    /** The name of a person resource. */
    public Optional<String> name(Node person) {
        return Optional.ofNullable(names.get(person));
    }

    /** The {@code owl:sameAs} links from variants to their canonical resource. */
    public List<Link> links() {
        return List.copyOf(links);
    }

    /** Variants that fit several persons. */
    public List<Ambiguity> ambiguities() {
        return List.copyOf(ambiguities);
    }

    /** Case, diacritics, spaces and hyphens folded: "Van de Casteele" and "VANDECASTEELE" agree. */
    static String compactKey(String name) {
        return Iris.slug(name).replace("-", "");
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
