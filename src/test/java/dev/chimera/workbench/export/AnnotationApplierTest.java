package dev.chimera.workbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.chart.BoxPlotChart;
import dev.chimera.workbench.chart.ChartTheme;
import dev.chimera.workbench.chart.SampleGroup;
import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class AnnotationApplierTest {
    private static Table runs;

    @BeforeAll
    static void load() throws Exception {
        runs = DatasetLoader.standard().load(Path.of("sample-data/tr118-crossover")).table(CanonicalTable.RUNS);
    }

    /** The prefill crossover chart of the TR118 sample, as the Regimes tab draws it. */
    private static JFreeChart crossover() {
        return ScalingExportCharts.build(runs, true, false, null).stream()
                .filter(c -> c.id().equals("crossover-prefill")).findFirst().orElseThrow().chart();
    }

    private static XYPlot sub(JFreeChart c, int i) {
        return ((CombinedDomainXYPlot) c.getPlot()).getSubplots().get(i);
    }

    private static List<Marker> markers(XYPlot p, Layer layer) {
        Collection<?> c = p.getDomainMarkers(layer);
        List<Marker> out = new ArrayList<>();
        if (c != null) {
            c.forEach(o -> out.add((Marker) o));
        }
        return out;
    }

    private static long tiers(XYPlot main) {
        return markers(main, Layer.BACKGROUND).stream().filter(m -> m instanceof IntervalMarker
                && m.getLabel() != null).count();
    }

    @Test
    void allAutomaticAnnotationsKeepTheChartsOwnMarkersAndAddSliderAndBadge() {
        JFreeChart c = crossover();
        XYPlot main = sub(c, 0);
        // The seed size matrix has four rows (Tiny < 1M, Small 1M-50M, Medium 50M-500M, Large > 500M).
        assertThat(tiers(main)).isEqualTo(4);
        int foreground = markers(main, Layer.FOREGROUND).size();
        AnnotationApplier.apply(c, List.of(), AutoAnnotations.all().withSlider(76e6).withVerdict("tr118: X"),
                Map.of());
        assertThat(tiers(main)).isEqualTo(4);
        List<Marker> fg = markers(main, Layer.FOREGROUND);
        assertThat(fg).hasSize(foreground + 1);
        ValueMarker slider = (ValueMarker) fg.get(fg.size() - 1);
        assertThat(slider.getValue()).isEqualTo(76e6);
        assertThat(slider.getLabel()).isEqualTo("slider 76M");
        assertThat(c.getSubtitles()).anyMatch(t -> t instanceof TextTitle tt && tt.getText().equals("tr118: X"));
    }

    @Test
    void switchingRegimeBandsAndCrossoverOffRemovesExactlyThoseMarkers() {
        JFreeChart c = crossover();
        XYPlot main = sub(c, 0);
        long ci = markers(main, Layer.BACKGROUND).stream().filter(m -> m.getLabel() == null).count();
        AnnotationApplier.apply(c, List.of(), new AutoAnnotations(false, true, false, false, false, Double.NaN,
                null), Map.of());
        assertThat(tiers(main)).isZero();
        assertThat(markers(main, Layer.BACKGROUND).stream().filter(m -> m.getLabel() == null).count()).isEqualTo(ci);
        assertThat(markers(sub(c, 1), Layer.FOREGROUND)).isEmpty(); // the strip's dashed tier bounds
        assertThat(markers(sub(c, 1), Layer.BACKGROUND)).isNotEmpty(); // the data's winner bands stay
        AnnotationApplier.apply(c, List.of(), AutoAnnotations.none(), Map.of());
        assertThat(markers(main, Layer.BACKGROUND)).isEmpty();
        assertThat(markers(main, Layer.FOREGROUND)).isEmpty();
    }

    @Test
    void userCalloutsArrowsAndRangesGoOnTheMainPlotInDataCoordinates() {
        JFreeChart c = crossover();
        XYPlot main = sub(c, 0);
        int before = main.getAnnotations().size();
        AnnotationApplier.apply(c, List.of(new ChartAnnotation.Callout(1e7, 5000, "look here"),
                new ChartAnnotation.Arrow(1e6, 20000, 1e8, 3000, "drop"),
                new ChartAnnotation.HighlightRange(ChartAnnotation.Axis.X, 5e8, 2e7, "band"),
                new ChartAnnotation.HighlightRange(ChartAnnotation.Axis.Y, 100, 1000, null)), AutoAnnotations.none(),
                Map.of());
        assertThat(main.getAnnotations()).hasSize(before + 2);
        XYTextAnnotation text = (XYTextAnnotation) main.getAnnotations().stream()
                .filter(a -> a instanceof XYTextAnnotation).findFirst().orElseThrow();
        assertThat(text.getX()).isEqualTo(1e7);
        assertThat(text.getY()).isEqualTo(5000);
        IntervalMarker band = (IntervalMarker) markers(main, Layer.BACKGROUND).stream()
                .filter(m -> "band".equals(m.getLabel())).findFirst().orElseThrow();
        // from > to is swapped.
        assertThat(band.getStartValue()).isEqualTo(2e7);
        assertThat(band.getEndValue()).isEqualTo(5e8);
        assertThat(main.getRangeMarkers(Layer.BACKGROUND)).hasSize(1);
    }

    @Test
    void onACategoryChartOnlyYRangesApplyAndBoxesGetTheirN() {
        List<SampleGroup> groups = List.of(SampleGroup.of("a", 0, 1, 2, 3, 4), SampleGroup.of("b", 1, 5, 6, 7));
        JFreeChart box = BoxPlotChart.create(null, "ms", groups, PercentileMethod.LINEAR, false, ChartTheme.STANDARD);
        List<String> skipped = AnnotationApplier.apply(box, List.of(new ChartAnnotation.Callout(0, 1, "x"),
                new ChartAnnotation.HighlightRange(ChartAnnotation.Axis.Y, 2, 3, "slow")), AutoAnnotations.all(),
                Map.of("a", 4, "b", 3));
        assertThat(skipped).hasSize(1);
        CategoryPlot plot = (CategoryPlot) box.getPlot();
        assertThat(plot.getRangeMarkers(Layer.BACKGROUND)).hasSize(1);
        assertThat(plot.getAnnotations()).hasSize(2);
        assertThat(plot.getAnnotations().stream().map(a -> ((org.jfree.chart.annotations.CategoryTextAnnotation) a)
                .getText()).toList()).containsExactly("n=4", "n=3");
    }
}
