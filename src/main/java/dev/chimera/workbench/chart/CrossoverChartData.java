package dev.chimera.workbench.chart;

import dev.chimera.workbench.analysis.scaling.CrossoverResult;
import dev.chimera.workbench.analysis.scaling.ScalingFit;
import dev.chimera.workbench.regime.RegimeLabel;
import dev.chimera.workbench.regime.RegimeMatrix;
import dev.chimera.workbench.regime.YourRegime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the crossover chart shows: one backend × mode fit per backend (measured points and the fitted power law),
 * its band, the crossover of the chosen pair, the matrix's size tiers and the bands where the data's winner holds.
 *
 * @param fits      one per backend of the chosen mode (points sorted by params)
 * @param bands     backend → fitted curve with its CI band (absent when the backend has one size)
 * @param crossover the chosen pair's crossover, or null
 * @param matrix    a size-axis matrix whose rows are shaded behind, or null
 * @param dataBands where each backend wins in the user's data, left to right
 */
public record CrossoverChartData(String yLabel, List<ScalingFit> fits, Map<String, FitBand> bands,
                                 CrossoverResult crossover, RegimeMatrix matrix, List<WinnerBand> dataBands) {

    /** A size range in which one backend wins in the user's data. */
    public record WinnerBand(double from, double to, String backend, RegimeLabel label) {
    }

    /** The winner bands over [lo, hi] from a YourRegime's precomputed boundaries. */
    public static List<WinnerBand> winnerBands(YourRegime yours, double lo, double hi) {
        List<WinnerBand> out = new ArrayList<>();
        double start = lo;
        String winner = yours.at(lo).winner();
        for (YourRegime.Boundary b : yours.boundaries()) {
            if (b.params() <= lo || b.params() >= hi) {
                continue;
            }
            if (winner != null) {
                out.add(new WinnerBand(start, b.params(), winner, yours.at(Math.sqrt(start * b.params())).label()));
            }
            start = b.params();
            winner = b.to();
        }
        if (winner != null) {
            out.add(new WinnerBand(start, hi, winner, yours.at(Math.sqrt(start * hi)).label()));
        }
        return List.copyOf(out);
    }
}
