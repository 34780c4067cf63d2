package dev.chimera.workbench.analysis.compare;

import dev.chimera.workbench.analysis.PercentileMethod;
import java.util.ArrayList;
import java.util.List;

/**
 * One way of computing a statistic from raw rows. The default is ours; every other field that differs is a
 * possible reason for a tool's number to differ, and is named in the explanation.
 */
record Hypothesis(boolean includeFailed, boolean excludeWarmup, boolean perRunMeans, boolean itlPerRequest,
                  PercentileMethod method, boolean populationStd, double toolScale, boolean zeroFilled) {

    static final String COUNTED_FAILED = "the tool counted failed/degraded rows too";

    static final Hypothesis DEFAULT = new Hypothesis(false, false, false, false, PercentileMethod.LINEAR, false, 1,
            false);

    Hypothesis withIncludeFailed() {
        return new Hypothesis(true, excludeWarmup, perRunMeans, itlPerRequest, method, populationStd, toolScale,
                zeroFilled);
    }

    /** Which samples it needs: hypotheses with the same key share one sorted sample array. */
    SampleKey sampleKey() {
        return new SampleKey(includeFailed, excludeWarmup, perRunMeans, itlPerRequest, zeroFilled);
    }

    int distance() {
        int d = 0;
        d += includeFailed ? 1 : 0;
        d += excludeWarmup ? 1 : 0;
        d += perRunMeans ? 1 : 0;
        d += itlPerRequest ? 1 : 0;
        d += method != PercentileMethod.LINEAR ? 1 : 0;
        d += populationStd ? 1 : 0;
        d += toolScale != 1 ? 1 : 0;
        d += zeroFilled ? 1 : 0;
        return d;
    }

    /** The differences from our default, in words. */
    List<String> differences() {
        List<String> out = new ArrayList<>();
        if (toolScale == 1000) {
            out.add("the tool's value is in seconds (x1000 = ms)");
        } else if (toolScale == 0.001) {
            out.add("the tool's value is in ms where the raw data is in seconds");
        }
        if (includeFailed) {
            out.add(COUNTED_FAILED);
        }
        if (excludeWarmup) {
            out.add("the tool left out warmup samples");
        }
        if (perRunMeans) {
            out.add("the tool's statistics are over per-run means, not samples");
        }
        if (itlPerRequest) {
            out.add("the tool's ITL is the per-request mean gap, not pooled over every chunk");
        }
        if (method != PercentileMethod.LINEAR) {
            out.add("the tool used " + method.id().replace('_', '-') + " percentiles (ours: linear)");
        }
        if (zeroFilled) {
            out.add("the tool counted the missing values of failed requests as 0 (placeholders)");
        }
        if (populationStd) {
            out.add("the tool's std is the population std (ddof 0; ours: sample, ddof 1)");
        }
        return out;
    }

    record SampleKey(boolean includeFailed, boolean excludeWarmup, boolean perRunMeans, boolean itlPerRequest,
                     boolean zeroFilled) {
    }
}
