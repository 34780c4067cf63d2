package dev.chimera.workbench.ui.regime;

import dev.chimera.workbench.analysis.scaling.CrossoverMethod;
import dev.chimera.workbench.analysis.scaling.CrossoverResult;
import dev.chimera.workbench.analysis.scaling.CrossoverSolver;
import dev.chimera.workbench.analysis.scaling.ModelSizes;
import dev.chimera.workbench.analysis.scaling.MultivariateFit;
import dev.chimera.workbench.analysis.scaling.ScalingAnalysis;
import dev.chimera.workbench.analysis.scaling.ScalingData;
import dev.chimera.workbench.analysis.scaling.ScalingFit;
import dev.chimera.workbench.analysis.scaling.ScalingOptions;
import dev.chimera.workbench.chart.ChartTheme;
import dev.chimera.workbench.chart.CrossoverChart;
import dev.chimera.workbench.chart.CrossoverChartData;
import dev.chimera.workbench.chart.FitBand;
import dev.chimera.workbench.regime.RegimeMatrix;
import dev.chimera.workbench.regime.YourRegime;
import dev.chimera.workbench.ui.I18n;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Runs on a worker: collects the per-model points, fits every backend of the mode, solves the crossover of
 * the chosen pair (TR118's ratio method), builds the data's regime and the chart. Reads the table only.
 */
public final class RegimeComputation {

    private RegimeComputation() {
    }

    public static RegimeResult compute(Table runs, RegimeSettings s, ScalingOptions base, RegimeMatrix sizeMatrix) {
        ScalingOptions options = new ScalingOptions(s.metric(), s.aggregation(), base.filter(), base.bootstrap(),
                base.registry());
        ScalingData data = ScalingData.collect(runs, options);
        ScalingAnalysis.Result analysis = ScalingAnalysis.analyze(data, true);
        List<ScalingFit> fits = analysis.fits().stream().filter(f -> f.series().mode().equals(s.mode()))
                .sorted(Comparator.comparing(f -> f.series().backend())).toList();
        List<String> backends = fits.stream().map(f -> f.series().backend()).toList();
        List<MultivariateFit> multi = analysis.multivariate().stream()
                .filter(m -> m.series().mode().equals(s.mode())).toList();
        YourRegime yours = YourRegime.of(data, s.mode());
        String[] pair = pair(s, backends, yours);
        CrossoverResult crossover = pair[0] == null ? null
                : CrossoverSolver.solve(data, s.mode(), pair[0], pair[1], CrossoverMethod.RATIO);
        Map<String, FitBand> bands = new LinkedHashMap<>();
        for (ScalingFit f : fits) {
            FitBand b = FitBand.of(f.points(), options.bootstrap());
            if (b != null) {
                bands.put(f.series().backend(), b);
            }
        }
        String unit = s.metric().unit().isEmpty() ? s.metric().name() : s.metric().name() + " (" + s.metric().unit()
                + ")";
        CrossoverChartData chartData = new CrossoverChartData(unit, fits, bands, crossover, sizeMatrix,
                CrossoverChartData.winnerBands(yours, CrossoverChart.X_MIN, CrossoverChart.X_MAX));
        String status = status(data, fits, crossover);
        return new RegimeResult(s, data, backends, pair[0], pair[1], fits, crossover, yours, multi,
                fits.isEmpty() ? null : CrossoverChart.create(chartData, ChartTheme.STANDARD), status);
    }

    /**
     * The pair asked for when both are present; else the two backends either side of the data's first winner
     * change (the crossover the user most likely wants); else the first two backends.
     */
    static String[] pair(RegimeSettings s, List<String> backends, YourRegime yours) {
        if (s.backendA() != null && s.backendB() != null && !s.backendA().equals(s.backendB())
                && backends.contains(s.backendA()) && backends.contains(s.backendB())) {
            return new String[] {s.backendA(), s.backendB()};
        }
        if (!yours.boundaries().isEmpty()) {
            YourRegime.Boundary b = yours.boundaries().get(0);
            if (b.from() != null && b.to() != null) {
                return new String[] {b.from(), b.to()};
            }
        }
        return backends.size() < 2 ? new String[] {null, null} : new String[] {backends.get(0), backends.get(1)};
    }

    private static String status(ScalingData data, List<ScalingFit> fits, CrossoverResult c) {
        List<String> parts = new ArrayList<>();
        int points = fits.stream().mapToInt(f -> f.points().size()).sum();
        parts.add(I18n.format("regime.status.points", points, fits.size()));
        if (!data.unknownSizes().isEmpty()) {
            parts.add(I18n.format("regime.status.unknown", String.join(", ", data.unknownSizes())));
        }
        if (c != null) {
            parts.add(Double.isFinite(c.crossoverParams())
                    ? I18n.format("regime.status.crossover", c.backendA(), c.backendB(),
                            ModelSizes.format(c.crossoverParams()), ModelSizes.format(c.ci().lo()),
                            ModelSizes.format(c.ci().hi()), c.inRange() ? I18n.tr("regime.inRange")
                                    : I18n.tr("regime.outOfRange"))
                    : I18n.format("regime.status.noCrossover", c.backendA(), c.backendB()));
        }
        return String.join(" \u00b7 ", parts);
    }
}
