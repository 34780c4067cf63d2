package dev.chimera.workbench.ingest.telemetry;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Time handling of nvidia-smi query logs: local wall-clock timestamps without zone, and, when a file has no
 * GPU id column, recognising several rows per sampling tick (one per GPU, a few ms apart).
 */
final class NvidiaSmiTicks {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss[.SSS]");
    /** Rows of one tick are queried a few ms apart; samples of one GPU are at least this far apart. */
    static final long SAME_TICK_MS = 20;

    private NvidiaSmiTicks() {
    }

    /** Parses {@code YYYY/MM/DD HH:MM:SS.mmm}; null when the cell is not such a timestamp. */
    static LocalDateTime parse(String cell) {
        if (cell == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(cell.trim(), FORMAT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Seconds between two ticks; never overflows (toNanos() does past ~292 years, e.g. a mistyped year). */
    static double secondsBetween(LocalDateTime from, LocalDateTime to) {
        Duration d = Duration.between(from, to);
        return d.getSeconds() + d.getNano() / 1e9;
    }

    /**
     * The position of each row within its sampling tick, or null when the timestamps show one row per tick.
     * Several rows per tick means a bimodal gap pattern: many gaps under {@value #SAME_TICK_MS} ms (rows of
     * the same tick) and the sampling interval between ticks.
     */
    static int[] positionsInTick(List<LocalDateTime> times) {
        int gaps = 0;
        int tiny = 0;
        for (int i = 1; i < times.size(); i++) {
            if (times.get(i) != null && times.get(i - 1) != null) {
                gaps++;
                if (isSameTick(times.get(i - 1), times.get(i))) {
                    tiny++;
                }
            }
        }
        if (gaps < 3 || tiny < 0.3 * gaps || gaps - tiny < 0.1 * gaps) {
            return null;
        }
        int[] pos = new int[times.size()];
        for (int i = 1; i < times.size(); i++) {
            boolean sameTick = times.get(i) != null && times.get(i - 1) != null
                    && isSameTick(times.get(i - 1), times.get(i));
            pos[i] = sameTick ? pos[i - 1] + 1 : 0;
        }
        return pos;
    }

    private static boolean isSameTick(LocalDateTime a, LocalDateTime b) {
        double ms = secondsBetween(a, b) * 1000;
        return ms >= 0 && ms < SAME_TICK_MS;
    }
}
