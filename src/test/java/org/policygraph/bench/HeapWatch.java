package org.policygraph.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Peak heap of one benchmark step, measured two ways: the most heap ever in use (sampled every
 * 20 ms, garbage included, so it depends on how lazily the collector runs), and the most heap still
 * in use right after a collection (the live set the step really needs). The JVM's per-pool peaks do
 * not add up to either: each pool peaks at its own moment.
 */
final class HeapWatch implements AutoCloseable {

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private final Thread sampler;

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
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The most heap in use at any sample, MiB. */
    double peakUsedMiB() {
        return peakUsed.get() / 1048576.0;
    }

    /** The most memory still in use right after a collection, MiB. */
    double peakAfterGcMiB() {
        return peakAfterGc.get() / 1048576.0;
    }

    /** The heap limit (-Xmx), MiB. */
    static double maxMiB() {
        return Runtime.getRuntime().maxMemory() / 1048576.0;
    }

    @Override
    public void close() {
        sampler.interrupt();
    }
}
