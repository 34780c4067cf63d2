package dev.chimera.workbench.export;

import dev.chimera.workbench.chart.ChartTheme;
import dev.chimera.workbench.chart.Ecdf;
import dev.chimera.workbench.chart.EcdfChart;
import dev.chimera.workbench.chart.SampleGroup;
import java.time.Instant;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** A small chart and a fixed provenance for export tests. */
final class ExportFixtures {
    static final Provenance PROVENANCE = new Provenance(List.of("/data/runs/tr120 \u00e9t\u00e9"), 3,
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "sha256(path,bytes)",
            "backend=onnxruntime-gpu", "warmups excluded, first per run kept, failed excluded", "spot", "9.9.9",
            Instant.parse("2026-11-26T12:00:00Z"));

    private ExportFixtures() {
    }

    /** ECDF of two groups of 1..200 and 50..400 ms, built by the same factory the Distributions tab uses. */
    static JFreeChart ecdf() {
        double[] a = new double[200];
        double[] b = new double[200];
        for (int i = 0; i < 200; i++) {
            a[i] = i + 1;
            b[i] = 50 + 1.75 * i;
        }
        List<Ecdf> groups = List.of(Ecdf.of(SampleGroup.of("alpha", 0, a)), Ecdf.of(SampleGroup.of("beta", 1, b)));
        return EcdfChart.create(null, "latency_ms (ms)", groups, false, false, 400, ChartTheme.STANDARD);
    }
}
