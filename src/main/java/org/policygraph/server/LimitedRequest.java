package org.policygraph.server;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A request whose body stream fails once more than a given number of bytes are read. */
final class LimitedRequest extends HttpServletRequestWrapper {

    private final long max;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, long max) {
        super(request);
        this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null)
            stream = new Limited(super.getInputStream(), max);
        return stream;
    }

    /** Thrown when the body passes the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long max) {
            super("Request body larger than " + max + " bytes");
        }
    }

    private static final class Limited extends ServletInputStream {
        private final ServletInputStream in;
        private final long max;
        private long count;

        Limited(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        private int counted(int n) throws IOException {
            if (n > 0 && (count += n) > max)
                throw new TooLarge(max);
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0)
                counted(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return counted(in.read(b, off, len));
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
