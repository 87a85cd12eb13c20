package org.policygraph.server;

import java.io.IOException;
import java.util.Locale;

import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets an encoded slash ({@code %2F}) through to the resource pages, where it is part of an IRI
 * ({@code /id/...} is read raw, {@link org.policygraph.pages.Links#resource}): Jetty refuses such a
 * path as ambiguous by default (400), so an IRI holding one had no page. Everywhere else the
 * refusal stays, by this filter, as no other path of the server has a use for one.
 */
final class EncodedSlashes implements Filter {

    /** The only paths where an encoded slash may appear. */
    private static final String ALLOWED_UNDER = "/id/";

    /** Allows encoded slashes on the server's connectors and in its servlet context; the filter refuses them outside {@code /id/}. */
    static void allow(Server jetty, ServletContextHandler context) {
        UriCompliance compliance = UriCompliance.DEFAULT.with("policygraph-iris", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR);
        for (Connector c : jetty.getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null)
                http.getHttpConfiguration().setUriCompliance(compliance);
        }
        if (context != null)
            context.getServletHandler().setDecodeAmbiguousURIs(true);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String raw = request.getRequestURI();
        if (raw.toUpperCase(Locale.ROOT).contains("%2F") && !raw.startsWith(request.getContextPath() + ALLOWED_UNDER)) {
            ((HttpServletResponse) resp).sendError(400, "Encoded slash outside " + ALLOWED_UNDER);
            return;
        }
        chain.doFilter(req, resp);
    }
}
