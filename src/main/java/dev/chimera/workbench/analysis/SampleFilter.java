package dev.chimera.workbench.analysis;

/**
 * Which rows of the {@code runs} table count as samples. The defaults follow the TR lessons: failed and
 * degraded rows are out (TR117 degraded rows carry fake 0.3 ms latencies), warmups are in unless excluded,
 * and cold starts stay visible unless the first sample of every run is dropped.
 *
 * @param excludeWarmup   drop rows flagged is_warmup
 * @param dropFirstPerRun drop the first selected sample (in execution order) of every run file / run
 * @param includeFailed   keep rows whose status is not ok (degraded, error, cancelled, incomplete ...)
 */
public record SampleFilter(boolean excludeWarmup, boolean dropFirstPerRun, boolean includeFailed) {

    public static SampleFilter defaults() {
        return new SampleFilter(false, false, false);
    }

    public SampleFilter withExcludeWarmup(boolean v) {
        return new SampleFilter(v, dropFirstPerRun, includeFailed);
    }

    public SampleFilter withDropFirstPerRun(boolean v) {
        return new SampleFilter(excludeWarmup, v, includeFailed);
    }

    public SampleFilter withIncludeFailed(boolean v) {
        return new SampleFilter(excludeWarmup, dropFirstPerRun, v);
    }

    /** Status values that count as a successful sample; an empty status (format without one) counts too. */
    public static boolean isOk(String status) {
        return status == null || status.isEmpty() || status.equals("ok") || status.equals("success");
    }
}
