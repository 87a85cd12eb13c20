package org.policygraph.link;

import java.util.List;

/**
 * What a link run did.
 *
 * @param persons        distinct persons after merging variants
 * @param personMerges   variants linked to their canonical resource
 * @param posts          distinct posts
 * @param holdings       post holdings (person, post, first and last date)
 * @param placesCoded    places that got at least one NIS code from the code list
 * @param placesUncoded  places the code list does not know (only counted when a list was given)
 * @param corpusLinks    links in the corpus graph
 * @param externalLinks  links in the external graph
 * @param notFound       persons and places no source knew
 * @param ambiguities    what was reported instead of linked
 * @param unavailable    why no external links were made, when a source could not be reached
 */
public record LinkReport(int persons, int personMerges, int posts, int holdings, int placesCoded, int placesUncoded,
                         int corpusLinks, int externalLinks, int notFound, List<Ambiguity> ambiguities,
                         java.util.Optional<String> unavailable) {

    public LinkReport {
        ambiguities = List.copyOf(ambiguities);
    }

    /** A one-line summary. */
    public String summary() {
        return String.format("Linked: %d persons (%d name variants merged), %d posts, %d holdings, %d places with a NIS code"
                        + " (%d not in the code list); %d corpus links, %d external links, %d not found, %d ambiguous",
                persons, personMerges, posts, holdings, placesCoded, placesUncoded, corpusLinks, externalLinks, notFound,
                ambiguities.size());
    }
}
