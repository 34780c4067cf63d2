package dev.chimera.workbench.power;

import java.util.Locale;

/**
 * An idle-power level. TR122 subtracts the plain mean (floor samples included), so {@link #meanW} is the level
 * used; median and MAD are the robust view of the same segment.
 *
 * @param source       where the level comes from
 * @param meanW        mean power (the level subtracted from event energy)
 * @param stdW         sample standard deviation (ddof 1)
 * @param n            samples (-1 when the source does not say, e.g. baseline.json)
 * @param startS       segment start on the trace's time axis (NaN for baseline.json: raw samples not saved)
 * @param floorSuspect samples below the floor (TR122: &lt; 5 W reads are suspect)
 * @param note         how it was found, or why a candidate was rejected
 */
public record IdleBaseline(Source source, double meanW, double stdW, int n, double startS, double endS,
                           double medianW, double madW, double minW, double maxW, int floorSuspect, String note) {

    /** Where an idle level comes from. */
    public enum Source {
        /** the harness's baseline.json (TR122), found in the trace's folder */
        BASELINE_JSON,
        /** detected in the trace: the longest steady low-utilisation segment */
        DETECTED,
        /** the longest low-utilisation run, rejected (too short or unsteady); not a level to use */
        REJECTED,
        /** nothing to go on */
        NONE;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static IdleBaseline none(String note) {
        return new IdleBaseline(Source.NONE, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, 0, note);
    }

    /** True when this is a level that may be subtracted. */
    public boolean usable() {
        return (source == Source.BASELINE_JSON || source == Source.DETECTED) && Double.isFinite(meanW);
    }

    /** The level to subtract: the mean when usable, else NaN. */
    public double levelW() {
        return usable() ? meanW : Double.NaN;
    }

    /** Robust σ from the MAD (1.4826 · MAD, σ of a normal distribution). */
    public double robustSigmaW() {
        return 1.4826 * madW;
    }
}
