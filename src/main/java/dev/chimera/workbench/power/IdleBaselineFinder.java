package dev.chimera.workbench.power;

import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.analysis.Stats;
import dev.chimera.workbench.model.SummaryColumns;
import java.util.Arrays;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * Finds the idle baseline of a trace: the harness's baseline.json of the same folder when present, else the
 * longest steady idle segment of the trace (utilisation at or below the idle threshold, the first seconds after
 * load dropped because power lags utilisation, steady by robust statistics: 1.4826·MAD and the drift between
 * the halves' medians both within max(2 W, 15 % / 10 % of the median)).
 */
public final class IdleBaselineFinder {
    static final String IDLE_METRIC = "idle_power_w";

    private IdleBaselineFinder() {
    }

    /** The baseline.json level of the trace's folder (summaries metric idle_power_w), else NONE. */
    public static IdleBaseline fromSummaries(Table summaries, PowerTrace trace) {
        if (summaries == null) {
            return IdleBaseline.none("no summaries");
        }
        TableColumn file = TableColumn.of(summaries, SummaryColumns.SOURCE_FILE);
        TableColumn metric = TableColumn.of(summaries, SummaryColumns.METRIC);
        TableColumn stat = TableColumn.of(summaries, SummaryColumns.STATISTIC);
        TableColumn value = TableColumn.of(summaries, SummaryColumns.VALUE);
        double[] v = {Double.NaN, Double.NaN, Double.NaN, Double.NaN}; // mean, std, min, max
        String source = null;
        for (int row = 0; row < summaries.rowCount(); row++) {
            if (!IDLE_METRIC.equals(metric.text(row)) || !folder(file.text(row)).equals(trace.folder())) {
                continue;
            }
            int k = switch (stat.text(row)) {
                case "mean" -> 0;
                case "std" -> 1;
                case "min" -> 2;
                case "max" -> 3;
                default -> -1;
            };
            if (k >= 0) {
                v[k] = value.number(row);
                source = file.text(row);
            }
        }
        if (source == null || Double.isNaN(v[0])) {
            return IdleBaseline.none("no baseline.json in " + (trace.folder().isEmpty() ? "the root folder"
                    : trace.folder()));
        }
        return new IdleBaseline(IdleBaseline.Source.BASELINE_JSON, v[0], v[1], -1, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, v[2], v[3], 0, "from " + source
                + " (mean of the harness's idle window, floor samples included; raw samples not saved)");
    }

    /** The longest steady idle segment of the trace (DETECTED), else the longest idle run (REJECTED) or NONE. */
    public static IdleBaseline detect(PowerTrace trace, PowerOptions o) {
        int n = trace.size();
        if (n == 0) {
            return IdleBaseline.none("empty trace");
        }
        boolean anyUtil = false;
        for (int i = 0; i < n && !anyUtil; i++) {
            anyUtil = Double.isFinite(trace.utilPct(i));
        }
        if (!anyUtil) {
            return IdleBaseline.none("no utilisation in the trace: idle cannot be told from load");
        }
        IdleBaseline best = null;
        IdleBaseline longestRejected = null;
        int i = 0;
        while (i < n) {
            if (!(trace.utilPct(i) <= o.idleUtilPct())) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && trace.utilPct(i) <= o.idleUtilPct()) {
                i++;
            }
            int end = i - 1;
            // Power lags utilisation: after load, the first seconds of "idle" still draw load power.
            int from = start;
            if (start > 0) {
                while (from <= end && trace.t(from) < trace.t(start) + o.idleSettleS()) {
                    from++;
                }
            }
            IdleBaseline seg = from > end ? settleOnly(evaluate(trace, start, end, o), o)
                    : evaluate(trace, from, end, o);
            if (seg.source() == IdleBaseline.Source.DETECTED) {
                if (best == null || seg.endS() - seg.startS() > best.endS() - best.startS()) {
                    best = seg;
                }
            } else if (longestRejected == null
                    || seg.endS() - seg.startS() > longestRejected.endS() - longestRejected.startS()) {
                longestRejected = seg;
            }
        }
        if (best != null) {
            return best;
        }
        return longestRejected != null ? longestRejected
                : IdleBaseline.none("no sample at or below " + o.idleUtilPct() + " % utilisation");
    }

    /** A run shorter than the settle time: all of it may still be load power. */
    private static IdleBaseline settleOnly(IdleBaseline run, PowerOptions o) {
        return new IdleBaseline(IdleBaseline.Source.REJECTED, run.meanW(), run.stdW(), run.n(), run.startS(),
                run.endS(), run.medianW(), run.madW(), run.minW(), run.maxW(), run.floorSuspect(),
                String.format(Locale.ROOT, "longest idle run is %.2f s, within the %.0f s settle time after load"
                        + " (power lags utilisation)", run.endS() - run.startS(), o.idleSettleS()));
    }

    private static IdleBaseline evaluate(PowerTrace trace, int from, int to, PowerOptions o) {
        // Only the run's samples: a copy of the whole trace per idle run cost seconds on a 1 M-sample trace.
        double[] p = trace.powers(from, to + 1);
        Stats s = Stats.of(p, PercentileMethod.LINEAR);
        double median = s.p50();
        double[] dev = new double[p.length];
        int floor = 0;
        for (int k = 0; k < p.length; k++) {
            dev[k] = Math.abs(p[k] - median);
            if (p[k] < o.floorW()) {
                floor++;
            }
        }
        double mad = Stats.of(dev, PercentileMethod.LINEAR).p50();
        int half = p.length / 2;
        double drift = p.length < 4 ? 0 : Math.abs(Stats.of(Arrays.copyOfRange(p, 0, half), PercentileMethod.LINEAR)
                .p50() - Stats.of(Arrays.copyOfRange(p, half, p.length), PercentileMethod.LINEAR).p50());
        double startS = trace.t(from);
        double endS = trace.t(to);
        String why;
        if (endS - startS < o.minIdleSegmentS()) {
            why = String.format(Locale.ROOT, "longest idle run is %.2f s (< %.0f s)", endS - startS,
                    o.minIdleSegmentS());
        } else if (1.4826 * mad > Math.max(2, 0.15 * median)) {
            why = String.format(Locale.ROOT, "power not steady: robust sigma %.2f W", 1.4826 * mad);
        } else if (drift > Math.max(2, 0.10 * median)) {
            why = String.format(Locale.ROOT, "power drifts: the halves' medians differ by %.2f W", drift);
        } else {
            why = null;
        }
        IdleBaseline.Source src = why == null ? IdleBaseline.Source.DETECTED : IdleBaseline.Source.REJECTED;
        String note = why != null ? why : String.format(Locale.ROOT,
                "steady idle segment %.1f–%.1f s (utilisation <= %.0f %%)", startS, endS, o.idleUtilPct())
                + (floor == 0 ? "" : String.format(Locale.ROOT, "; %d floor-suspect samples (< %.0f W) pull the"
                + " mean below the median", floor, o.floorW()));
        return new IdleBaseline(src, s.mean(), s.std(), s.n(), startS, endS, median, mad, s.min(), s.max(), floor,
                note);
    }

    static String folder(String sourceFile) {
        int slash = sourceFile.lastIndexOf('/');
        return slash < 0 ? "" : sourceFile.substring(0, slash);
    }
}
