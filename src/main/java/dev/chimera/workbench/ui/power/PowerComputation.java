package dev.chimera.workbench.ui.power;

import dev.chimera.workbench.chart.ChartTheme;
import dev.chimera.workbench.chart.DecimationPyramid;
import dev.chimera.workbench.chart.PowerSamplingCharts;
import dev.chimera.workbench.chart.PowerTraceChart;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.power.HeatSoak;
import dev.chimera.workbench.power.IdleBaseline;
import dev.chimera.workbench.power.PowerAnalysis;
import dev.chimera.workbench.power.PowerOptions;
import dev.chimera.workbench.power.PowerTrace;
import dev.chimera.workbench.power.PowerTraces;
import dev.chimera.workbench.power.SamplingQuality;
import dev.chimera.workbench.power.TraceAnalysis;
import dev.chimera.workbench.ui.I18n;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.api.Table;

/**
 * Runs on a worker: splits the power table into traces, analyses the selected one with the power engine, builds
 * the min/max pyramid of its samples and draws its charts. Reads the tables only.
 */
public final class PowerComputation {

    private PowerComputation() {
    }

    public static PowerResult compute(Dataset dataset, PowerSettings s) {
        List<PowerTrace> traces = PowerTraces.from(dataset.table(CanonicalTable.POWER));
        List<String> labels = traces.stream().map(PowerTrace::label).toList();
        if (traces.isEmpty()) {
            return new PowerResult(s, labels, null, null, null, null, List.of(), I18n.tr("power.noTraces"),
                    null);
        }
        int index = Math.max(0, Math.min(traces.size() - 1, s.traceIndex()));
        PowerOptions options = PowerOptions.defaults().withGapThreshold(s.gapThresholdS());
        PowerTrace trace = traces.get(index);
        // The engine's rule (PowerAnalysis.analyze): events go to the first trace of their folder only.
        boolean takesEvents = firstOfFolder(traces, index);
        TraceAnalysis a = PowerAnalysis.analyze(trace, takesEvents ? dataset.table(CanonicalTable.EVENTS) : null,
                dataset.table(CanonicalTable.SUMMARIES), options);
        ChartTheme theme = ChartTheme.STANDARD;
        // Built here, off the FX thread, once per trace: zoomed views then only query it.
        DecimationPyramid pyramid = trace.readOnlyView(DecimationPyramid::build);
        return new PowerResult(new PowerSettings(index, s.gapThresholdS()), labels, a,
                PowerTraceChart.create(a, pyramid, options.floorW(), theme), PowerSamplingCharts.dtHistogram(a, theme),
                PowerSamplingCharts.temperature(a, theme), a.events().stream().map(PowerEventRow::of).toList(),
                summary(a), pyramid);
    }

    static boolean firstOfFolder(List<PowerTrace> traces, int index) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < index; i++) {
            seen.add(traces.get(i).folder());
        }
        return !seen.contains(traces.get(index).folder());
    }

    /** Duration, samples, median dt, gaps, energy, time-weighted mean, idle baseline and heat soak in one line. */
    static String summary(TraceAnalysis a) {
        SamplingQuality q = a.sampling();
        IdleBaseline b = a.baseline();
        String baseline = b.usable()
                ? I18n.format("power.summary.baseline", num(b.meanW(), 1), num(b.stdW(), 1), b.source().id())
                : I18n.tr("power.summary.noBaseline");
        HeatSoak h = a.heatSoak();
        String heat = h.reachedEquilibrium() ? I18n.format("power.summary.equilibrium", num(h.equilibriumS(), 0),
                num(h.equilibriumAtS(), 0)) : I18n.tr("power.summary.noEquilibrium");
        return I18n.format("power.summary", num(q.durationS(), 1), q.samples(), num(q.dtMedianS() * 1000, 0),
                q.gapCount(), num(q.gapThresholdS() * 1000, 0), num(a.energyJ(), 0),
                num(a.timeWeightedMeanW(), 1), baseline, heat);
    }

    static String num(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,." + decimals + "f", v) : "\u2014";
    }
}
