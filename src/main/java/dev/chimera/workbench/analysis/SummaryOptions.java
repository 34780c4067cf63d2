package dev.chimera.workbench.analysis;

/**
 * Optional extras of a summary: bootstrap intervals, a trimmed mean, warmups as their own group.
 *
 * @param bootstrap      bootstrap settings for the CIs of mean, p50, p95 and p99; null for none
 * @param trimProportion proportion cut from each end for the trimmed mean (scipy trim_mean); NaN for none
 * @param warmupsAsGroup add a {@code phase} key (warmup / measured) so warmups form their own group
 */
public record SummaryOptions(Bootstrap bootstrap, double trimProportion, boolean warmupsAsGroup) {

    /** The key column added by {@link #warmupsAsGroup}. */
    public static final String PHASE = "phase";

    public SummaryOptions {
        if (!Double.isNaN(trimProportion) && !(trimProportion >= 0 && trimProportion < 0.5)) {
            throw new IllegalArgumentException("trim proportion must be in [0, 0.5), got " + trimProportion);
        }
    }

    public static SummaryOptions none() {
        return new SummaryOptions(null, Double.NaN, false);
    }

    public boolean hasCi() {
        return bootstrap != null;
    }

    public boolean hasTrim() {
        return !Double.isNaN(trimProportion);
    }
}
