import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
import java.lang.management.*;

/**
 * Two builds of the extraction compared in one JVM (issue 15): the stage passes of
 * {@code org.policygraph.bench.ExtractBench} of build A and of build B, each in its own class loader,
 * alternated pass by pass on one thread, so that both see the same machine state; thread CPU time per
 * stage and end to end, with B's speed-up over A. For a machine shared with other work, where two
 * benchmark runs minutes apart do not see the same load. Each build is a folder holding
 * {@code classes/} and {@code test-classes/} (a copy of a worktree's {@code target/}); DEPS is the
 * classpath file {@code bench/extract.sh} writes ({@code target/bench-cp.txt}). CORPUS_DIR's {@code .txt} and
 * {@code .pdf} files are read, as {@code bench/extract.sh} reads them.
 * <pre>
 * java bench/ExtractAB.java A_DIR B_DIR DEPS ROUNDS CORPUS_DIR
 * </pre>
 */
public class ExtractAB {
    static final String[] STAGES = {"read+decode", "normalise", "layout", "parse", "extract", "map"};
    public static void main(String[] a) throws Exception {
        String deps = Files.readString(Path.of(a[2])).trim();
        int rounds = Integer.parseInt(a[3]);
        Path corpus = Path.of(a[4]);
        List<Path> files;
        try (var s = Files.walk(corpus)) { files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".pdf")).sorted().toList(); }
        ClassLoader[] loaders = new ClassLoader[2]; Object[] bench = new Object[2]; Method[] pass = new Method[2]; Method[] e2e = new Method[2];
        for (int v = 0; v < 2; v++) {
            List<URL> urls = new ArrayList<>();
            urls.add(Path.of(a[v], "classes").toUri().toURL());
            urls.add(Path.of(a[v], "test-classes").toUri().toURL());
            for (String d : deps.split(":")) urls.add(Path.of(d).toUri().toURL());
            ClassLoader cl = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            loaders[v] = cl; Thread.currentThread().setContextClassLoader(cl);
            Class<?> c = cl.loadClass("org.policygraph.bench.ExtractBench");
            Constructor<?> k = c.getDeclaredConstructor(); k.setAccessible(true);
            bench[v] = k.newInstance();
            pass[v] = c.getDeclaredMethod("pass", List.class, long[].class); pass[v].setAccessible(true);
            e2e[v] = c.getDeclaredMethod("endToEnd", List.class); e2e[v].setAccessible(true);
        }
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        long[][] stage = new long[2][6]; long[] end = new long[2]; long bytes = 0;
        for (int r = -2; r < rounds; r++) {
            for (int v = 0; v < 2; v++) {
                Thread.currentThread().setContextClassLoader(loaders[v]);
                long[] n = new long[6];
                long b = (long) pass[v].invoke(bench[v], files, n);
                long t0 = t.getCurrentThreadCpuTime();
                e2e[v].invoke(bench[v], files);
                long e = t.getCurrentThreadCpuTime() - t0;
                if (r >= 0) { for (int i = 0; i < 6; i++) stage[v][i] += n[i]; end[v] += e; if (v == 0) bytes += b; }
            }
            System.err.println("round " + r + " done " + java.time.LocalTime.now());
        }
        long docs = (long) rounds * files.size();
        System.out.printf(Locale.ROOT, "%d documents x %d rounds, %d bytes per pass (thread CPU time, A and B alternated pass by pass)%n", files.size(), rounds, bytes / rounds);
        System.out.printf(Locale.ROOT, "%-16s %10s %10s %10s %10s %8s%n", "stage", "A ms/doc", "A MB/s", "B ms/doc", "B MB/s", "B speed-up");
        long[] sum = new long[2];
        for (int i = 0; i <= 7; i++) {
            long x, y; String name;
            if (i < 6) { x = stage[0][i]; y = stage[1][i]; name = STAGES[i]; sum[0] += x; sum[1] += y; }
            else if (i == 6) { x = sum[0]; y = sum[1]; name = "sum of stages"; }
            else { x = end[0]; y = end[1]; name = "end to end"; }
            System.out.printf(Locale.ROOT, "%-16s %10.3f %10.2f %10.3f %10.2f %7.2fx%n", name, x / 1e6 / docs, bytes / 1e6 / (x / 1e9),
                    y / 1e6 / docs, bytes / 1e6 / (y / 1e9), (double) x / y);
        }
    }
}
