package org.policygraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of one benchmark step by group of threads (parse workers, the writer, the text index,
 * Jena's loader threads), sampled every 100 ms so that threads which end before the step does
 * (the loader's) are counted too, plus what the JVM spends outside Java threads (GC, JIT). On a
 * loaded machine wall times say little; CPU seconds say who does the work.
 */
final class ThreadCpu implements AutoCloseable {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> cpuById = new HashMap<>();
    private final Map<Long, String> groupById = new HashMap<>();
    private final Thread sampler;

    ThreadCpu() {
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sample();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "thread-cpu");
        sampler.setDaemon(true);
        sampler.start();
    }

    private synchronized void sample() {
        long[] ids = threads.getAllThreadIds();
        ThreadInfo[] infos = threads.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            long cpu = threads.getThreadCpuTime(ids[i]);
            if (cpu < 0 || infos[i] == null)
                continue;
            cpuById.merge(ids[i], cpu, Math::max);
            groupById.putIfAbsent(ids[i], group(infos[i].getThreadName()));
        }
    }

    private static String group(String name) {
        if (name.equals("policygraph-parse"))
            return "parse workers (read, parse, extract, map, summary rows)";
        if (name.equals("main"))
            return "writer (streams quads, then finishes the build)";
        if (name.startsWith("policygraph-summary-"))
            return "per-key summary threads (one query each)";
        if (name.equals("policygraph-text-index"))
            return "text index thread (Lucene)";
        if (name.matches("Thread-\\d+"))
            return "Jena loader threads";
        return "other Java threads";
    }

    /** CPU seconds by group, the JVM's own (GC, JIT) last, and the process total. */
    synchronized Map<String, Double> seconds() {
        sample();
        Map<String, Double> out = new LinkedHashMap<>();
        double javaThreads = 0;
        for (Map.Entry<Long, Long> e : cpuById.entrySet()) {
            double s = e.getValue() / 1e9;
            out.merge(groupById.get(e.getKey()), s, Double::sum);
            javaThreads += s;
        }
        double process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        out.put("JVM outside Java threads (GC, JIT)", Math.max(0, process - javaThreads));
        out.put("process total", process);
        return out;
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
