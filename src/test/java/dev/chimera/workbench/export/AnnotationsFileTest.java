package dev.chimera.workbench.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnotationsFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void parsesCalloutsArrowsAndRangesByChartWithStarForEveryChart() throws Exception {
        Map<String, List<ChartAnnotation>> m = AnnotationsFile.parse(JSON.readTree("""
                {"annotations": [
                  {"chart": "crossover-prefill", "type": "callout", "x": 1e7, "y": 5000, "text": "ours"},
                  {"chart": "crossover-prefill", "type": "arrow", "x1": 1e6, "y1": 2e4, "x2": 1.45e7, "y2": 6000},
                  {"type": "range", "axis": "y", "from": 300, "to": 100, "label": "slow"}]}
                """));
        assertThat(m.get("crossover-prefill")).containsExactly(new ChartAnnotation.Callout(1e7, 5000, "ours"),
                new ChartAnnotation.Arrow(1e6, 2e4, 1.45e7, 6000, null));
        assertThat(AnnotationsFile.forChart(m, "cost-vs-throughput")).containsExactly(
                new ChartAnnotation.HighlightRange(ChartAnnotation.Axis.Y, 100, 300, "slow"));
        assertThat(AnnotationsFile.forChart(m, "crossover-prefill")).hasSize(3);
    }

    @Test
    void aBadEntryNamesItsIndexAndField() {
        assertThatThrownBy(() -> AnnotationsFile.parse(JSON.readTree(
                "{\"annotations\": [{\"type\": \"callout\", \"x\": 1, \"y\": 2}, {\"type\": \"callout\", \"x\": \"a\"}]}")))
                .hasMessage("annotations[1].x: expected a number");
        assertThatThrownBy(() -> AnnotationsFile.parse(JSON.readTree("{\"annotations\": [{\"type\": \"circle\"}]}")))
                .hasMessageContaining("annotations[0].type");
        assertThatThrownBy(() -> AnnotationsFile.parse(JSON.readTree("[]"))).hasMessageContaining("expected");
    }
}
