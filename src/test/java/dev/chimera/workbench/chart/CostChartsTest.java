package dev.chimera.workbench.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.cost.CostAggregation;
import dev.chimera.workbench.cost.CostEngine;
import dev.chimera.workbench.cost.CostInputs;
import dev.chimera.workbench.cost.CostReport;
import dev.chimera.workbench.cost.CostRow;
import dev.chimera.workbench.cost.Pricing;
import dev.chimera.workbench.cost.PricingTier;
import dev.chimera.workbench.cost.ThroughputPoint;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Cost tab's charts on the real TR119 matrix: every plotted value is the engine's CostRow value (the charts
 * add no arithmetic of their own except the sensitivity curves, checked against the engine re-run at another
 * rate). Each chart also renders headless to a non-blank image.
 */
class CostChartsTest {
    private static final String ORT = "onnxruntime-gpu";
    private static Pricing pricing;
    private static List<ThroughputPoint> points;
    private static CostReport report;

    @BeforeAll
    static void load() throws Exception {
        var ds = DatasetLoader.standard().load(Path.of("../shared/real-results/tr119/tr119_matrix"));
        points = CostInputs.fromRuns(ds.table(CanonicalTable.RUNS), CostInputs.FileSelection.NEWEST_PER_MODE);
        pricing = Pricing.defaults();
        report = CostEngine.compute(points, pricing, pricing.tier("on-demand").orElseThrow(),
                CostAggregation.MEAN_OF_SCENARIOS);
    }

    private static void rendersSomething(JFreeChart chart) {
        BufferedImage img = ChartImages.render(chart);
        // Some palette-blue pixels (the first series / infra bars) must be drawn on the white background.
        assertThat(ChartImages.pixelsNear(img, ChartTheme.STANDARD.colour(0), 30)).isGreaterThan(50);
    }

    @Test
    void barsAreTheAggregateRows() {
        JFreeChart chart = CostCharts.byBackendAndMode(report.aggregates(), ChartTheme.STANDARD);
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertThat(data.getRowCount()).isEqualTo(2); // prefill, generate
        assertThat(data.getColumnCount()).isEqualTo(5); // 5 backends
        for (CostRow r : report.aggregates()) {
            assertThat(data.getValue(r.mode(), r.backend()).doubleValue()).isEqualTo(r.usdPer1m());
        }
        // TR119: ORT-GPU prefill $0.1279 (python3: 0.1278653)
        assertThat(data.getValue("prefill", ORT).doubleValue()).isCloseTo(0.1278653, within(1e-7));
        rendersSomething(chart);
    }

    @Test
    void scatterHasOnePointPerScenarioRow() {
        JFreeChart chart = CostCharts.costVsThroughput(report.scenarios(), ChartTheme.STANDARD);
        XYSeriesCollection data = (XYSeriesCollection) chart.getXYPlot().getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(5); // one per backend
        int points = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            points += data.getItemCount(s);
        }
        assertThat(points).isEqualTo(50); // 5 scenarios × 2 modes each
        CostRow first = report.scenarios().get(0);
        XYDataset xy = data;
        int s = data.getSeriesIndex(first.backend());
        assertThat(xy.getXValue(s, 0)).isEqualTo(first.tokensPerS());
        assertThat(xy.getYValue(s, 0)).isEqualTo(first.usdPer1m());
        assertThat(chart.getXYPlot().getRenderer().getDefaultToolTipGenerator().generateToolTip(xy, s, 0))
                .contains(first.mode() + " · " + first.scenario());
        rendersSomething(chart);
    }

    @Test
    void tierBarsStackInfrastructureAndEnergyOfEachTier() {
        Map<String, CostRow> byTier = new LinkedHashMap<>();
        for (PricingTier t : pricing.tiers()) {
            byTier.put(t.label(), CostEngine.compute(points, pricing, t, CostAggregation.MEAN_OF_SCENARIOS)
                    .aggregate(ORT, "prefill"));
        }
        JFreeChart chart = CostCharts.tiers(ORT, "prefill", byTier, ChartTheme.STANDARD);
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        assertThat(data.getColumnCount()).isEqualTo(6); // 6 default tiers
        double spot = data.getValue(CostCharts.INFRA, "Spot").doubleValue()
                + data.getValue(CostCharts.ENERGY, "Spot").doubleValue();
        assertThat(spot).isCloseTo(0.03868, within(0.000005)); // TR119 §4 spot ORT-GPU prefill
        // On-prem is energy only: no infrastructure part.
        assertThat(data.getValue(CostCharts.INFRA, "On-prem (energy only)").doubleValue()).isZero();
        rendersSomething(chart);
    }

    @Test
    void sensitivityCurvesMatchTheEngineAtOtherRates() {
        List<CostRow> prefill = report.aggregates().stream().filter(r -> r.mode().equals("prefill")).toList();
        JFreeChart chart = CostCharts.sensitivity(prefill, CostCharts.Sensitivity.USD_PER_HOUR, 1.006, "prefill",
                ChartTheme.STANDARD);
        XYSeriesCollection data = (XYSeriesCollection) chart.getXYPlot().getDataset();
        int s = data.getSeriesIndex(ORT);
        int last = CostCharts.SENSITIVITY_STEPS - 1;
        assertThat(data.getXValue(s, last)).isCloseTo(2.012, within(1e-12));
        // The engine re-run with on-demand at 2.012 $/h gives the curve's end point.
        Pricing edited = pricing.withTier(pricing.tier("on-demand").orElseThrow().withUsdPerHour(2.012));
        double engine = CostEngine.compute(points, edited, edited.tier("on-demand").orElseThrow(),
                CostAggregation.MEAN_OF_SCENARIOS).aggregate(ORT, "prefill").usdPer1m();
        assertThat(data.getYValue(s, last)).isCloseTo(engine, within(1e-12));
        // Half way (1.006 $/h) is the headline itself.
        assertThat(data.getYValue(s, last / 2)).isCloseTo(0.1278653, within(1e-7));
        rendersSomething(chart);

        JFreeChart util = CostCharts.sensitivity(prefill, CostCharts.Sensitivity.UTILISATION, 1.006, "prefill",
                ChartTheme.STANDARD);
        XYSeriesCollection u = (XYSeriesCollection) util.getXYPlot().getDataset();
        CostRow ort = report.aggregate(ORT, "prefill");
        assertThat(u.getXValue(s, 0)).isCloseTo(10, within(1e-9));
        assertThat(u.getXValue(s, last)).isCloseTo(100, within(1e-9));
        assertThat(u.getYValue(s, last)).isCloseTo(ort.usdPer1m(), within(1e-12)); // 100 %: the headline
        assertThat(u.getYValue(s, 0)).isCloseTo(10 * ort.infraUsdPer1m() + ort.energyUsdPer1m(), within(1e-12));
        rendersSomething(util);
    }
}
