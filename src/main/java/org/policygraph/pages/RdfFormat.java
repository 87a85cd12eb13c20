package org.policygraph.pages;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/**
 * The forms a resource is served in, chosen by {@code ?format=} or else by the Accept header
 * (HTML first, so a browser, or a client that accepts anything, gets the page).
 */
public enum RdfFormat {
    HTML("html", "text/html", null),
    TURTLE("ttl", "text/turtle", Lang.TURTLE),
    JSONLD("jsonld", "application/ld+json", Lang.JSONLD),
    NTRIPLES("nt", "application/n-triples", Lang.NTRIPLES),
    RDFXML("rdf", "application/rdf+xml", Lang.RDFXML);

    private final String param;
    private final String mediaType;
    private final Lang lang;

    RdfFormat(String param, String mediaType, Lang lang) {
        this.param = param;
        this.mediaType = mediaType;
        this.lang = lang;
    }

    /** The value of {@code ?format=} that asks for this form. */
    public String param() {
        return param;
    }

    /** The media type sent. */
    public String mediaType() {
        return mediaType;
    }

    /** Jena's language for the RDF forms; null for HTML. */
    public Lang lang() {
        return lang;
    }

    /** The form asked for: by {@code format} when given (empty when unknown), else by {@code accept} (empty when nothing fits). */
    public static Optional<RdfFormat> choose(String format, String accept) {
        if (format != null)
            return Arrays.stream(values()).filter(f -> f.param.equals(format)).findFirst();
        if (accept == null || accept.isBlank())
            return Optional.of(HTML);
        RdfFormat best = null;
        double bestQ = 0;
        for (RdfFormat f : values()) {
            double q = quality(accept, f.mediaType);
            if (q > bestQ) {
                best = f;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The quality the Accept header gives a media type: that of its most specific matching range
     * (type/subtype over type/* over *&#47;*), 0 when none matches (RFC 9110, 12.5.1).
     */
    static double quality(String accept, String mediaType) {
        String type = mediaType.substring(0, mediaType.indexOf('/'));
        int bestSpecificity = -1;
        double q = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String name = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
            int specificity = name.equals(mediaType) ? 2 : name.equals(type + "/*") ? 1 : name.equals("*/*") ? 0 : -1;
            if (specificity <= bestSpecificity)
                continue;
            bestSpecificity = specificity;
            q = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
        }
        return q;
    }
}
