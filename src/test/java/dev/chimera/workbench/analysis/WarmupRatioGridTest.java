package dev.chimera.workbench.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.RunColumns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class WarmupRatioGridTest {
    private static final Path TR121 = Path.of("../shared/real-results/tr121/20251224_002857");

    /**
     * The harness's analysis/warmup_effect.csv (pandas: ok rows, is_warmup true vs false, median of
     * latency_ms per backend × model × scenario × mode, sorted by backend, mode, scenario, model) is reproduced
     * row by row, in order, from the folder's raw records.
     */
    @Test
    void reproducesTheTr121WarmupEffectCsv() throws Exception {
        Table runs = DatasetLoader.standard().load(TR121).table(CanonicalTable.RUNS);
        WarmupRatioGrid grid = WarmupRatioGrid.of(runs, RunColumns.LATENCY_MS);
        List<String> lines = Files.readAllLines(TR121.resolve("analysis/warmup_effect.csv"));
        assertThat(grid.cells()).hasSize(lines.size() - 1); // 18 rows (wc -l = 19 with the header)
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split(",");
            WarmupRatioCell cell = grid.cells().get(i - 1);
            assertThat(List.of(cell.backend(), cell.model(), cell.scenario(), cell.mode()))
                    .containsExactly(c[0], c[1], c[2], c[3]);
            assertThat(cell.warmupN()).isEqualTo(Integer.parseInt(c[4]));
            assertThat(cell.warmupMedianMs()).isCloseTo(Double.parseDouble(c[5]), within(1e-12 * cell.warmupMedianMs()));
            assertThat(cell.measuredN()).isEqualTo(Integer.parseInt(c[6]));
            assertThat(cell.measuredMedianMs()).isCloseTo(Double.parseDouble(c[7]),
                    within(1e-12 * cell.measuredMedianMs()));
            assertThat(cell.warmupToMeasuredRatio()).isCloseTo(Double.parseDouble(c[8]), within(1e-12 * Math.abs(
                    cell.warmupToMeasuredRatio())));
            assertThat(cell.warmupMinusMeasuredMs()).isCloseTo(Double.parseDouble(c[9]), within(1e-9));
        }
        // Only gemma3:270m medium prefill (51.8946 / 2.1624 = 23.9986) is above 10×.
        assertThat(grid.alerts()).singleElement().satisfies(a -> {
            assertThat(a.model()).isEqualTo("gemma3:270m");
            assertThat(a.scenario()).isEqualTo("medium");
            assertThat(a.mode()).isEqualTo("prefill");
            assertThat(a.warmupToMeasuredRatio()).isCloseTo(23.998612652608212, within(1e-12));
        });
    }

    @Test
    void cellsWithOneSideAreKeptFailedRowsAreNotAndNoWarmupsSayWhy() {
        Table t = Table.create("runs",
                StringColumn.create(RunColumns.BACKEND, "b", "b", "b", "b", "b"),
                StringColumn.create(RunColumns.MODEL, "m", "m", "m", "m", "n"),
                StringColumn.create(RunColumns.SCENARIO, "s", "s", "s", "s", "s"),
                StringColumn.create(RunColumns.MODE, "x", "x", "x", "x", "x"),
                BooleanColumn.create(RunColumns.IS_WARMUP, new boolean[] {true, false, false, true, false}),
                StringColumn.create(RunColumns.STATUS, "ok", "ok", "ok", "error", "ok"),
                DoubleColumn.create(RunColumns.LATENCY_MS, 100.0, 4.0, 6.0, 1000.0, 7.0));
        WarmupRatioGrid g = WarmupRatioGrid.of(t, RunColumns.LATENCY_MS);
        assertThat(g.cells()).hasSize(2);
        WarmupRatioCell m = g.cells().get(0);
        assertThat(m.warmupN()).isEqualTo(1); // the failed 1000 ms warmup is out
        assertThat(m.measuredMedianMs()).isEqualTo(5.0);
        assertThat(m.warmupToMeasuredRatio()).isEqualTo(20.0);
        assertThat(m.alert()).isTrue();
        WarmupRatioCell n = g.cells().get(1);
        assertThat(n.warmupN()).isZero();
        assertThat(n.warmupToMeasuredRatio()).isNaN();
        assertThat(n.alert()).isFalse();

        Table noWarm = t.where(t.booleanColumn(RunColumns.IS_WARMUP).isFalse());
        assertThat(WarmupRatioGrid.of(noWarm, RunColumns.LATENCY_MS).note()).contains("warmups not recorded");
    }
}
