package org.policygraph.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * First in the chain: refuses request bodies above the size limit (413) and answers CORS for the
 * allowed origins only. Without allowed origins no CORS header is ever sent, so browsers keep pages
 * of other sites from reading the answers.
 */
final class RequestGuard implements Filter {

    /** How far above the size limit a body is still read (and dropped) before it is refused. */
    private static final long DRAIN_LIMIT = 1L << 20;

    private final long maxRequestBytes;
    private final List<String> corsOrigins;

    RequestGuard(long maxRequestBytes, List<String> corsOrigins) {
        this.maxRequestBytes = maxRequestBytes;
        this.corsOrigins = corsOrigins;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        long length = request.getContentLengthLong();
        if (length > maxRequestBytes) {
            // A client still sending a body the server will not read may lose the answer to a reset
            // connection; a body not far above the limit is read and dropped first, a huge one is not.
            if (length <= maxRequestBytes + DRAIN_LIMIT)
                drain(request);
            response.sendError(413, "Request body larger than " + maxRequestBytes + " bytes");
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && allowed(origin)) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.addHeader("Vary", "Origin");
            if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
                response.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                response.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, Authorization");
                response.setHeader("Access-Control-Max-Age", "600");
                response.setStatus(204);
                return;
            }
        }
        if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
            // Chunked body of unknown size: Fuseki reads it through the request, so cap the stream.
            chain.doFilter(new LimitedRequest(request, maxRequestBytes), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void drain(HttpServletRequest request) {
        try {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
        } catch (IOException gone) {
            // the client stopped sending: the refusal goes out all the same, if it can
        }
    }

    private boolean allowed(String origin) {
        return corsOrigins.contains("*") || corsOrigins.contains(origin);
    }
}
