package org.policygraph.bench;

import java.lang.management.ManagementFactory;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Peak heap of one benchmark step, measured up to three ways: the most heap ever in use (sampled
 * every 20 ms, garbage included, so it depends on how lazily the collector runs); the most heap
 * still in use right after any collection, which is not the live set: G1's young pauses leave the
 * old generation's garbage in place until a mixed or full collection, so this figure climbs towards
 * the limit under steady allocation (2,243 MiB at 30,000 documents where a class histogram, a full
 * collection, found about 600 MiB); and, when the system property {@code bench.liveEvery} gives a
 * number of seconds, the live set itself: a full collection that often, and the heap in use after
 * it. The full collections cost time (a pause per interval), so the step's timings are not to be
 * compared with a run without them. The JVM's per-pool peaks do not add up to any of these: each
 * pool peaks at its own moment.
 */
final class HeapWatch implements AutoCloseable {

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong(-1);
    private final AtomicLong peakLiveAt = new AtomicLong();
    private final long started = System.nanoTime();
    private final long liveEverySeconds = Long.getLong("bench.liveEvery", 0);
    private final Thread sampler;
    private final Thread liveSampler;

    HeapWatch() {
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        for (var pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == java.lang.management.MemoryType.HEAP)
                heapPools.add(pool.getName());
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans())
            if (gc instanceof NotificationEmitter emitter)
                emitter.addNotificationListener((n, handback) -> {
                    if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION))
                        return;
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> heapPools.contains(e.getKey()))
                            .mapToLong(e -> e.getValue().getUsed()).sum();
                    peakAfterGc.accumulateAndGet(after, Math::max);
                }, null, null);
        sampler = every("heap-watch", 20, () ->
                peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max));
        liveSampler = liveEverySeconds <= 0 ? null : every("heap-live-watch", liveEverySeconds * 1000, () -> {
            ManagementFactory.getMemoryMXBean().gc();
            long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (live > peakLive.get()) {
                peakLive.set(live);
                peakLiveAt.set(System.nanoTime() - started);
            }
        });
    }

    /** A daemon thread that runs {@code tick} every {@code millis} until interrupted. */
    private static Thread every(String name, long millis, Runnable tick) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                tick.run();
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The seconds between the full collections that measure the live set ({@code bench.liveEvery}); 0: none. */
    long liveEverySeconds() {
        return liveEverySeconds;
    }

    /** The most heap in use at any sample, MiB. */
    double peakUsedMiB() {
        return peakUsed.get() / 1048576.0;
    }

    /** The most memory still in use right after a collection, MiB. */
    double peakAfterGcMiB() {
        return peakAfterGc.get() / 1048576.0;
    }

    /** The most heap in use after the full collections {@code bench.liveEvery} asks for, MiB; empty without them. */
    OptionalDouble peakLiveMiB() {
        long live = peakLive.get();
        return live < 0 ? OptionalDouble.empty() : OptionalDouble.of(live / 1048576.0);
    }

    /** Seconds from the start to the full collection that found {@link #peakLiveMiB}. */
    double peakLiveAtSeconds() {
        return peakLiveAt.get() / 1e9;
    }

    /** The heap limit (-Xmx), MiB. */
    static double maxMiB() {
        return Runtime.getRuntime().maxMemory() / 1048576.0;
    }

    @Override
    public void close() {
        sampler.interrupt();
        if (liveSampler != null)
            liveSampler.interrupt();
    }
}
