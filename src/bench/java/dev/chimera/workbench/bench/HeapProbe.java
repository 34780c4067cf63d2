package dev.chimera.workbench.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Peak heap while loading a folder, against the bytes of the columns it loads. Run in its own JVM (the report
 * starts it): heap in use is read from the heap memory pools after two System.gc() calls; during the load the
 * pools' peak usage (everything allocated and not yet collected: an upper bound) and the largest occupancy
 * right after a collection (live data at that moment: a lower bound of the true peak) are tracked. Column bytes:
 * 8 per double, 4 per int, 1 per boolean, and a string column's dictionary key per row plus its distinct values.
 *
 * <p>Prints one line: {@code HEAP columnBytes=… retainedBytes=… peakBytes=… peakAfterGcBytes=… rows=…}.
 */
public final class HeapProbe {
    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Path.of(args[0]) : BenchData.folder();
        long before = settledUsed();
        AtomicLong afterGcPeak = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, hb) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                    long used = 0;
                    for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (isHeap(e.getKey())) {
                            used += e.getValue().getUsed();
                        }
                    }
                    afterGcPeak.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        long t0 = System.nanoTime();
        Dataset d = DatasetLoader.standard().load(folder);
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        Thread.sleep(200); // let the last GC notifications arrive
        long retained = settledUsed() - before;
        long columnBytes = 0;
        long rows = 0;
        for (CanonicalTable t : CanonicalTable.values()) {
            Table table = d.table(t);
            rows += table.rowCount();
            for (Column<?> c : table.columns()) {
                columnBytes += columnBytes(c);
            }
        }
        System.out.printf(Locale.ROOT, "HEAP columnBytes=%d retainedBytes=%d peakBytes=%d peakAfterGcBytes=%d "
                + "rows=%d loadMs=%d%n", columnBytes, retained, peak - before,
                Math.max(0, afterGcPeak.get() - before), rows, loadMs);
    }

    static long columnBytes(Column<?> c) {
        int n = c.size();
        if (c instanceof DoubleColumn) {
            return 8L * n;
        }
        if (c instanceof IntColumn) {
            return 4L * n;
        }
        if (c instanceof BooleanColumn) {
            return n;
        }
        if (c instanceof StringColumn s) {
            String dict = s.getDictionary().getClass().getSimpleName();
            int key = dict.startsWith("Byte") ? 1 : dict.startsWith("Short") ? 2 : 4;
            long distinct = 0;
            for (String v : s.unique()) {
                distinct += v.length();
            }
            return (long) key * n + distinct;
        }
        return 8L * n;
    }

    private static boolean isHeap(String pool) {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getName().equals(pool)) {
                return p.getType() == MemoryType.HEAP;
            }
        }
        return false;
    }

    private static long settledUsed() throws InterruptedException {
        System.gc();
        Thread.sleep(100);
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                used += p.getUsage().getUsed();
            }
        }
        return used;
    }
}
