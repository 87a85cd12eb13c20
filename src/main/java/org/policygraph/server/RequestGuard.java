package org.policygraph.server;

import java.io.IOException;
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
        if (request.getContentLengthLong() > maxRequestBytes) {
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

    private boolean allowed(String origin) {
        return corsOrigins.contains("*") || corsOrigins.contains(origin);
    }
}
