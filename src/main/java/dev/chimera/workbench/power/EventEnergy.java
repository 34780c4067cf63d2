package dev.chimera.workbench.power;

/**
 * Energy of one event window. {@code energyJ} = ∫P dt − baseline · T (TR122 E_op, not clamped at 0); NaN for
 * no_data events, which never get a number, and when there is no usable baseline.
 *
 * @param samples      valid power samples inside [start, end]
 * @param gapFraction  share of the window covered by gaps (intervals above the threshold, or no trace at all)
 * @param maxGapS      longest inter-sample interval overlapping the window
 * @param rawJ         ∫P dt over the window (NaN for no_data)
 * @param fileQuality  the quality the harness wrote, "" when none
 */
public record EventEnergy(String eventId, String phase, int batchSize, double startS, double endS, int tokens,
                          int samples, double gapFraction, double maxGapS, EnergyQuality quality, double rawJ,
                          double baselineW, double energyJ, String fileQuality, int fileSamples) {

    public double durationS() {
        return endS - startS;
    }

    /** Operational joules per token; NaN without energy or tokens. */
    public double jPerToken() {
        return tokens > 0 && Double.isFinite(energyJ) ? energyJ / tokens : Double.NaN;
    }

    /** Tokens per operational joule; NaN unless the energy is positive. */
    public double tokensPerJ() {
        return tokens > 0 && energyJ > 0 ? tokens / energyJ : Double.NaN;
    }

    /** True when the event counts in aggregates (not no_data and a number). */
    public boolean counted() {
        return quality != EnergyQuality.NO_DATA && Double.isFinite(energyJ);
    }
}
