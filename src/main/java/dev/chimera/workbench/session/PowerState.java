package dev.chimera.workbench.session;

/**
 * The Power tab as saved.
 *
 * @param trace         label of the selected trace (file × GPU); null: the first
 * @param gapThresholdS gap threshold in seconds, above 0 and at most {@value #MAX_GAP_S}
 */
public record PowerState(String trace, double gapThresholdS) {
    public static final double MAX_GAP_S = 3600;

    public PowerState {
        if (!(gapThresholdS > 0 && gapThresholdS <= MAX_GAP_S)) {
            throw new IllegalArgumentException("gap_threshold_s must be above 0 and at most " + MAX_GAP_S
                    + " s, not " + gapThresholdS);
        }
    }
}
