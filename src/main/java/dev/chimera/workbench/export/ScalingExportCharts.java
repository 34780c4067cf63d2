package dev.chimera.workbench.export;

import dev.chimera.workbench.analysis.scaling.Aggregation;
import dev.chimera.workbench.analysis.scaling.CrossoverMethod;
import dev.chimera.workbench.analysis.scaling.CrossoverResult;
import dev.chimera.workbench.analysis.scaling.CrossoverSolver;
import dev.chimera.workbench.analysis.scaling.ScalingAnalysis;
import dev.chimera.workbench.analysis.scaling.ScalingData;
import dev.chimera.workbench.analysis.scaling.ScalingFit;
import dev.chimera.workbench.analysis.scaling.ScalingMetric;
import dev.chimera.workbench.analysis.scaling.ScalingOptions;
import dev.chimera.workbench.chart.ChartTheme;
import dev.chimera.workbench.chart.CrossoverChart;
import dev.chimera.workbench.chart.CrossoverChartData;
import dev.chimera.workbench.chart.FitBand;
import dev.chimera.workbench.regime.RegimeAdvisor;
import dev.chimera.workbench.regime.RegimeMatrix;
import dev.chimera.workbench.regime.YourRegime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * The Regimes tab's crossover chart, built as its computation builds it (throughput, mean of scenario means,
 * TR118's ratio method, the seed size tiers shaded): "crossover" gives one per mode with two or more backends,
 * "regime" the one of the tab's default mode (prefill when present, else the first).
 */
final class ScalingExportCharts {

    private ScalingExportCharts() {
    }

    static List<ExportChart> build(Table runs, boolean perMode, boolean regime, String verdict) {
        ScalingOptions options = ScalingOptions.defaults(ScalingMetric.THROUGHPUT, Aggregation.MEAN_OF_SCENARIO_MEANS);
        ScalingData data = ScalingData.collect(runs, options);
        ScalingAnalysis.Result analysis = ScalingAnalysis.analyze(data, false);
        TreeSet<String> modes = new TreeSet<>();
        analysis.fits().forEach(f -> modes.add(f.series().mode()));
        RegimeMatrix sizeMatrix = RegimeAdvisor.builtIn().matrices().stream()
                .filter(m -> m.axis().equals(RegimeMatrix.SIZE)).findFirst().orElse(null);
        List<ExportChart> out = new ArrayList<>();
        String unit = options.metric().unit().isEmpty() ? options.metric().name()
                : options.metric().name() + " (" + options.metric().unit() + ")";
        if (perMode) {
            for (String mode : modes) {
                ExportChart c = chart(data, analysis, mode, sizeMatrix, options, unit, "crossover", verdict);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        if (regime && !modes.isEmpty()) {
            String mode = modes.contains("prefill") ? "prefill" : modes.first();
            ExportChart c = chart(data, analysis, mode, sizeMatrix, options, unit, "regime", verdict);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static ExportChart chart(ScalingData data, ScalingAnalysis.Result analysis, String mode,
                                     RegimeMatrix sizeMatrix, ScalingOptions options, String unit, String family,
                                     String verdict) {
        List<ScalingFit> fits = analysis.fits().stream().filter(f -> f.series().mode().equals(mode))
                .sorted(Comparator.comparing(f -> f.series().backend())).toList();
        if (fits.isEmpty() || (family.equals("crossover") && fits.size() < 2)) {
            return null;
        }
        YourRegime yours = YourRegime.of(data, mode);
        String[] pair = pair(fits.stream().map(f -> f.series().backend()).toList(), yours);
        CrossoverResult crossover = pair == null ? null
                : CrossoverSolver.solve(data, mode, pair[0], pair[1], CrossoverMethod.RATIO);
        Map<String, FitBand> bands = new LinkedHashMap<>();
        for (ScalingFit f : fits) {
            FitBand b = FitBand.of(f.points(), options.bootstrap());
            if (b != null) {
                bands.put(f.series().backend(), b);
            }
        }
        CrossoverChartData d = new CrossoverChartData(unit, fits, bands, crossover, sizeMatrix,
                CrossoverChartData.winnerBands(yours, CrossoverChart.X_MIN, CrossoverChart.X_MAX));
        String title = (family.equals("regime") ? "Regimes" : "Crossover") + " \u00b7 " + mode + " \u00b7 "
                + unit + (pair == null ? "" : " \u00b7 " + pair[0] + " vs " + pair[1]);
        return new ExportChart(family + "-" + mode, title, family, CrossoverChart.create(d, ChartTheme.STANDARD),
                Map.of(), verdict);
    }

    /** As the Regimes tab: the two backends either side of the data's first winner change, else the first two. */
    private static String[] pair(List<String> backends, YourRegime yours) {
        if (!yours.boundaries().isEmpty()) {
            YourRegime.Boundary b = yours.boundaries().get(0);
            if (b.from() != null && b.to() != null) {
                return new String[] {b.from(), b.to()};
            }
        }
        return backends.size() < 2 ? null : new String[] {backends.get(0), backends.get(1)};
    }
}
