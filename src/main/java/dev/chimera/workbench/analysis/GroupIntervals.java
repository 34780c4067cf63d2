package dev.chimera.workbench.analysis;

/** Bootstrap intervals of a group's mean and p50 / p95 / p99 (same resamples for all four). */
public record GroupIntervals(Interval mean, Interval p50, Interval p95, Interval p99) {

    static GroupIntervals of(double[] values, Bootstrap bootstrap, PercentileMethod method) {
        var cis = bootstrap.ciAll(values, java.util.List.of(Bootstrap::mean, Bootstrap.percentile(50, method),
                Bootstrap.percentile(95, method), Bootstrap.percentile(99, method)));
        return new GroupIntervals(cis.get(0), cis.get(1), cis.get(2), cis.get(3));
    }
}
