package org.policygraph.harvest;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The API's request paths below a base URL (the Parliament's, a mirror's or a test server's):
 * the search API with its Google-Search-Appliance-style query, a question's detail, a member.
 */
public record ApiPaths(String base) {

    /** The Parliament's own service. */
    public static final String PARLIAMENT = "https://ws.vlpar.be";
    /** Hits per search page (the API's maximum as clients use it). */
    public static final int PAGE_SIZE = 100;

    public ApiPaths {
        base = base.replaceAll("/+$", "");
    }

    /** One page (from 1) of written questions published from {@code from} to {@code to}, optionally in one legislature. */
    public URI search(LocalDate from, LocalDate to, Optional<String> legislature, int page) {
        String query = "inmeta:publicatiedatum:daterange:" + from + ".." + to
                + legislature.map(l -> "+inmeta:legislatuur=" + l).orElse("");
        return URI.create(base + "/api/search/query/" + encode(query).replace("%3A", ":").replace("%2B", "+")
                .replace("%3D", "=") + "?collection=vp_collection&requiredfields=aggregaattype:Schriftelijke%20vraag"
                + "&page=" + page + "&max=" + PAGE_SIZE + "&sort=date");
    }

    /** A written question's detail. */
    public URI question(String id) {
        return URI.create(base + "/e/opendata/schv/" + encode(id));
    }

    /** A member of Parliament. */
    public URI member(String id) {
        return URI.create(base + "/e/opendata/vv/" + encode(id));
    }

    /** The question's detail at the Parliament itself, whatever base was used: its identity on the web. */
    public static String canonicalQuestion(String id) {
        return PARLIAMENT + "/e/opendata/schv/" + encode(id);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
