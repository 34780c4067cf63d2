package dev.chimera.workbench.chart;

import dev.chimera.workbench.cost.CostRow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The Cost tab's charts (Java2D, no JavaFX), all drawn from the engine's {@link CostRow}s so a chart never
 * computes a cost of its own except the sensitivity curves, which are the same TR119 formula evaluated along
 * one input: cost(h) = GPU-hours per 1M · h + energy $ per 1M; cost(u) = infra $ per 1M / u + energy $ per 1M
 * (idle time at utilisation u is paid for, energy is charged for the busy time only).
 */
public final class CostCharts {
    public static final String INFRA = "infrastructure";
    public static final String ENERGY = "energy";
    /** Points per sensitivity curve. */
    public static final int SENSITIVITY_STEPS = 19;
    private static final String COST_AXIS = "$ per 1M tokens";

    /** What the sensitivity chart varies. */
    public enum Sensitivity {
        /** $/hour from 0 to twice the tier's rate (or 0–2 $/h for an energy-only tier) */
        USD_PER_HOUR,
        /** utilisation 10–100 %: idle time is paid for */
        UTILISATION
    }

    private CostCharts() {
    }

    /** $/1M per backend (categories) and mode (series) from the aggregate rows; rows without a total left out. */
    public static JFreeChart byBackendAndMode(List<CostRow> aggregates, ChartTheme theme) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CostRow r : aggregates) {
            if (Double.isFinite(r.usdPer1m())) {
                data.addValue(r.usdPer1m(), r.mode(), r.backend());
            }
        }
        BarRenderer renderer = bars(theme, data.getRowCount());
        // Log scale: CPU generate costs ~100× GPU prefill, which a linear axis would flatten to nothing.
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (CostRow r : aggregates) {
            if (r.usdPer1m() > 0) {
                min = Math.min(min, r.usdPer1m());
                max = Math.max(max, r.usdPer1m());
            }
        }
        LogAxis y = theme.logAxis(COST_AXIS, min, max);
        renderer.setBase(y.getLowerBound());
        CategoryPlot plot = new CategoryPlot(data, categoryAxis(), y, renderer);
        return theme.apply(new JFreeChart("Cost per 1M tokens by backend and mode", JFreeChart.DEFAULT_TITLE_FONT,
                plot, true));
    }

    /**
     * One point per backend × mode × scenario: throughput (x, log) against $/1M (y, log); a series (colour) per
     * backend, the mode and scenario of each point in its tooltip.
     */
    public static JFreeChart costVsThroughput(List<CostRow> scenarios, ChartTheme theme) {
        XYSeriesCollection data = new XYSeriesCollection();
        Map<String, XYSeries> series = new LinkedHashMap<>();
        Map<String, List<String>> labels = new LinkedHashMap<>();
        double minX = Double.POSITIVE_INFINITY;
        double maxX = 0;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = 0;
        for (CostRow r : scenarios) {
            if (!(r.tokensPerS() > 0) || !(r.usdPer1m() > 0)) {
                continue;
            }
            series.computeIfAbsent(r.backend(), k -> new XYSeries(k, false, true)).add(r.tokensPerS(), r.usdPer1m());
            labels.computeIfAbsent(r.backend(), k -> new ArrayList<>()).add(r.mode() + " · " + r.scenario());
            minX = Math.min(minX, r.tokensPerS());
            maxX = Math.max(maxX, r.tokensPerS());
            minY = Math.min(minY, r.usdPer1m());
            maxY = Math.max(maxY, r.usdPer1m());
        }
        series.values().forEach(data::addSeries);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, theme.colour(i));
        }
        DecimalFormat tps = new DecimalFormat("#,##0.#");
        DecimalFormat usd = new DecimalFormat("0.####");
        renderer.setDefaultToolTipGenerator((XYDataset d, int s, int i) -> d.getSeriesKey(s) + " "
                + labels.get(String.valueOf(d.getSeriesKey(s))).get(i) + ": " + tps.format(d.getXValue(s, i))
                + " tok/s, $" + usd.format(d.getYValue(s, i)) + " per 1M");
        XYPlot plot = new XYPlot(data, theme.logAxis("throughput (tokens/s)", minX, maxX),
                theme.logAxis(COST_AXIS, minY, maxY), renderer);
        return theme.apply(new JFreeChart("Cost vs throughput (per scenario)", JFreeChart.DEFAULT_TITLE_FONT, plot,
                true));
    }

    /** One stacked bar per tier (label → the backend × mode's aggregate row at that tier): infra + energy. */
    public static JFreeChart tiers(String backend, String mode, Map<String, CostRow> byTier, ChartTheme theme) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        byTier.forEach((label, r) -> {
            if (r != null && Double.isFinite(r.usdPer1m())) {
                data.addValue(r.infraUsdPer1m(), INFRA, label);
                data.addValue(r.energyUsdPer1m(), ENERGY, label);
            }
        });
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, theme.colour(0));
        renderer.setSeriesPaint(1, theme.colour(4));
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {0} ${2} per 1M",
                new DecimalFormat("0.#####")));
        CategoryPlot plot = new CategoryPlot(data, categoryAxis(), costAxis(), renderer);
        String title = backend == null ? "Cost per tier" : "Cost per tier: " + backend + " · " + mode;
        return theme.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    }

    /**
     * Cost against $/hour or utilisation for each backend's aggregate row of one mode (see the class comment).
     *
     * @param usdPerHour the tier's rate: the $/hour axis runs from 0 to twice it (0–2 when it is 0)
     */
    public static JFreeChart sensitivity(List<CostRow> aggregatesOfMode, Sensitivity kind, double usdPerHour,
                                         String mode, ChartTheme theme) {
        XYSeriesCollection data = new XYSeriesCollection();
        double maxRate = usdPerHour > 0 ? 2 * usdPerHour : 2;
        for (CostRow r : aggregatesOfMode) {
            if (!Double.isFinite(r.usdPer1m())) {
                continue;
            }
            XYSeries s = new XYSeries(r.backend(), false, true);
            for (int i = 0; i < SENSITIVITY_STEPS; i++) {
                if (kind == Sensitivity.USD_PER_HOUR) {
                    double h = maxRate * i / (SENSITIVITY_STEPS - 1);
                    s.add(h, costAtRate(r, h));
                } else {
                    double u = 0.1 + 0.9 * i / (SENSITIVITY_STEPS - 1);
                    s.add(u * 100, costAtUtilisation(r, u));
                }
            }
            data.addSeries(s);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, theme.colour(i));
            renderer.setSeriesStroke(i, theme.lineStroke());
        }
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: {1} → ${2} per 1M",
                new DecimalFormat("0.###"), new DecimalFormat("0.####")));
        NumberAxis x = new NumberAxis(kind == Sensitivity.USD_PER_HOUR ? "$ per hour" : "utilisation (%)");
        x.setAutoRangeIncludesZero(kind == Sensitivity.USD_PER_HOUR);
        NumberAxis y = costAxis();
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        String title = (kind == Sensitivity.USD_PER_HOUR ? "Sensitivity to $/hour" : "Sensitivity to utilisation")
                + (mode == null ? "" : " (" + mode + ")");
        return theme.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
    }

    /** TR119's cost of a row at another $/hour: GPU-hours per 1M · h + the energy part (unchanged). */
    public static double costAtRate(CostRow r, double usdPerHour) {
        return r.gpuHoursPer1m() * usdPerHour + r.energyUsdPer1m();
    }

    /** The cost when only a fraction {@code u} of the paid time serves tokens: infra / u + energy. */
    public static double costAtUtilisation(CostRow r, double u) {
        return r.infraUsdPer1m() / u + r.energyUsdPer1m();
    }

    private static BarRenderer bars(ChartTheme theme, int series) {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.1);
        for (int i = 0; i < series; i++) {
            renderer.setSeriesPaint(i, theme.colour(i));
        }
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
        renderer.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1} · {0}: ${2} per 1M",
                new DecimalFormat("0.####")));
        return renderer;
    }

    private static CategoryAxis categoryAxis() {
        CategoryAxis x = new CategoryAxis(null);
        x.setMaximumCategoryLabelLines(3);
        x.setMaximumCategoryLabelWidthRatio(1.0f);
        x.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        return x;
    }

    private static NumberAxis costAxis() {
        NumberAxis y = new NumberAxis(COST_AXIS);
        y.setNumberFormatOverride(new DecimalFormat("#,##0.###"));
        return y;
    }
}
