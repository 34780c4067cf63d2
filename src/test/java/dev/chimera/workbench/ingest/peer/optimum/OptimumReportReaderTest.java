package dev.chimera.workbench.ingest.peer.optimum;

import static dev.chimera.workbench.ingest.peer.GuideFamilyTables.summaries;
import static dev.chimera.workbench.ingest.peer.GuideFamilyTables.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.chimera.workbench.ingest.DatasetLoader;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * optimum-benchmark fixtures written from peer-formats §7 (src/test/resources/peer/optimum/): a v0.6
 * benchmark.json (load_model, first_generate, prefill, decode, per_token), a bare v0.4 benchmark_report.json
 * (load, no stdev_), and a folder holding both shapes of the same report.
 */
class OptimumReportReaderTest {
    private static final Path ROOT = Path.of("src/test/resources/peer/optimum");

    @Test
    void v06BenchmarkJson() throws IOException {
        Dataset ds = DatasetLoader.standard().load(ROOT.resolve("v0_6"));
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("optimum-benchmark.benchmark.json");
        assertThat(f.producer()).isEqualTo("optimum-benchmark");
        assertThat(f.records()).isEqualTo(1);
        assertThat(f.diagnostics()).anySatisfy(d -> assertThat(d.message()).isEqualTo(
                "variant: optimum-benchmark v0.6.x layout, optimum_benchmark_version 0.6.0"
                        + " (targets load_model, first_generate, prefill, decode, per_token)"));

        Table runs = ds.table(CanonicalTable.RUNS);
        // latency values: 1 + 1 + 3 + 2 + 2
        assertThat(runs.rowCount()).isEqualTo(9);
        assertThat(runs.stringColumn("mode").asList()).containsExactly("load", "first_generate",
                "prefill", "prefill", "prefill", "decode", "decode", "per_token", "per_token");
        assertThat(runs.stringColumn("optimum_target").get(0)).isEqualTo("load_model");
        // seconds → ms; values chosen binary-exact: 7.5 s, 0.03125 s, 0.0625 s, 1.75 s, 0.02734375 s
        assertThat(runs.doubleColumn("latency_ms").asList()).containsExactly(7500.0, 2500.0, 31.25, 62.5,
                46.875, 1500.0, 1750.0, 23.4375, 27.34375);
        assertThat(runs.intColumn("sample_idx").getInt(4)).isEqualTo(2);
        assertThat(runs.stringColumn("model").asList()).containsOnly("meta-llama/Llama-3.1-8B");
        assertThat(runs.stringColumn("backend").asList()).containsOnly("pytorch");
        assertThat(runs.stringColumn("run_label").get(0)).isEqualTo("pytorch_llama_bf16 bs=1 seq=256 new=64");
        assertThat(runs.intColumn("batch_size").getInt(2)).isEqualTo(1);
        assertThat(runs.intColumn("prompt_tokens").getInt(2)).isEqualTo(256);
        assertThat(runs.intColumn("gen_tokens").getInt(2)).isEqualTo(1); // prefill = generate with 1 new token
        assertThat(runs.intColumn("gen_tokens").getInt(5)).isEqualTo(63); // decode = 64 − the prefill token
        assertThat(runs.stringColumn("run_id").get(2)).isEqualTo("benchmark.json#prefill");

        // batch 1: prefill latency is TTFT, per_token latency is TPOT; numpy linear percentiles, population std
        Row ttft = summary(ds, "ttft", "p90", "all");
        assertThat(ttft.getDouble("value")).isCloseTo(59.375, within(1e-9));
        assertThat(ttft.getString("pctl_method")).isEqualTo("linear");
        assertThat(ttft.getString("std_kind")).isEqualTo("population");
        assertThat(ttft.getString("native_key")).isEqualTo("prefill.latency.p90");
        assertThat(ttft.getString("mode")).isEqualTo("prefill");
        assertThat(summary(ds, "ttft", "mean", "all").getDouble("value")).isEqualTo(46.875);
        assertThat(summary(ds, "ttft", "sum", "all").getDouble("value")).isEqualTo(140.625);
        assertThat(summary(ds, "ttft", "count", "all").getDouble("value")).isEqualTo(3.0);
        assertThat(summary(ds, "ttft", "std", "all").getDouble("value")).isCloseTo(12.757759, within(1e-9));
        assertThat(summary(ds, "tpot", "mean", "all").getDouble("value")).isEqualTo(25.390625);
        assertThat(summary(ds, "x.optimum.decode_latency", "mean", "all").getDouble("value")).isEqualTo(1625.0);
        assertThat(summary(ds, "x.optimum.load_model_latency", "mean", "all").getDouble("value")).isEqualTo(7500.0);
        Row thr = summary(ds, "x.optimum.prefill_throughput", "value", "all");
        assertThat(thr.getDouble("value")).isEqualTo(21.333333);
        assertThat(thr.getString("unit")).isEqualTo("samples/s"); // unit taken from the file
        assertThat(summary(ds, "x.optimum.decode_throughput", "value", "all").getString("unit")).isEqualTo("tokens/s");
        // memory MB = 10^6 B: 17000 MB × 10^6 / 2^20 = 16212.46337890625 MiB (python)
        Row vram = summary(ds, "gpu_mem_used", "max", "all");
        assertThat(vram.getDouble("value")).isEqualTo(16212.46337890625);
        assertThat(vram.getString("unit")).isEqualTo("MiB");
        assertThat(vram.getString("native_key")).isEqualTo("prefill.memory.max_global_vram");
        assertThat(summaries(ds, "x.optimum.torch_reserved", "max", null)).isEmpty(); // null in the file
        // energy per call, kWh → J: 2.5e-6 × 3.6e6 = 9 J, total 4e-6 × 3.6e6 = 14.4 J
        Row gpuEnergy = summary(ds, "gpu_energy", "mean", "all");
        assertThat(gpuEnergy.getDouble("value")).isCloseTo(9.0, within(1e-9));
        assertThat(gpuEnergy.getString("unit")).isEqualTo("J");
        assertThat(summary(ds, "x.optimum.energy_total", "mean", "all").getDouble("value"))
                .isCloseTo(14.4, within(1e-9));
        assertThat(summary(ds, "x.optimum.prefill_efficiency", "value", "all").getString("unit"))
                .isEqualTo("samples/kWh");
    }

    @Test
    void v04BareReportWithoutConfig() throws IOException {
        Dataset ds = DatasetLoader.standard().load(ROOT.resolve("v0_4_report"));
        SourceFile f = ds.files().get(0);
        assertThat(f.format()).isEqualTo("optimum-benchmark.report.json");
        assertThat(f.producer()).isEqualTo("optimum-benchmark");
        assertThat(f.diagnostics()).anySatisfy(d -> assertThat(d.message()).isEqualTo(
                "variant: optimum-benchmark v0.4.x layout (targets load, prefill, decode, per_token)"));
        Table runs = ds.table(CanonicalTable.RUNS);
        assertThat(runs.rowCount()).isEqualTo(5); // 1 + 2 + 1 + 1 values
        assertThat(runs.doubleColumn("latency_ms").asList()).containsExactly(4250.0, 125.0, 250.0, 2000.0, 15.625);
        assertThat(runs.stringColumn("mode").asList()).containsExactly("load", "prefill", "prefill", "decode",
                "per_token");
        // batch size unknown without the config → keep the x-prefixed names, never ttft/tpot
        assertThat(summaries(ds, "ttft", "mean", null)).isEmpty();
        assertThat(summary(ds, "x.optimum.prefill_latency", "mean", "all").getDouble("value")).isEqualTo(187.5);
        assertThat(summary(ds, "x.optimum.prefill_throughput", "value", "all").getString("unit"))
                .isEqualTo("tokens/s");
    }

    @Test
    void bareReportBesideBenchmarkJsonIsNotCountedTwice() throws IOException {
        Dataset ds = DatasetLoader.standard().load(ROOT.resolve("both"));
        assertThat(ds.files()).extracting(SourceFile::path, SourceFile::format).containsExactly(
                org.assertj.core.groups.Tuple.tuple("benchmark.json", "optimum-benchmark.benchmark.json"),
                org.assertj.core.groups.Tuple.tuple("benchmark_config.json", "optimum-benchmark.config.json"),
                org.assertj.core.groups.Tuple.tuple("benchmark_report.json", "optimum-benchmark.report.json"));
        assertThat(ds.rowCount(CanonicalTable.RUNS)).isEqualTo(9); // the v0.6 report once
        assertThat(ds.files().get(2).note()).contains("benchmark.json");
    }
}
