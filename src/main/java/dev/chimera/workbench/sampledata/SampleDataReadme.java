package dev.chimera.workbench.sampledata;

import java.io.IOException;
import java.nio.file.Path;

/** The README of the sample folder: what each folder mimics and how to regenerate it. */
final class SampleDataReadme {
    private SampleDataReadme() {
    }

    static void write(Path outDir) throws IOException {
        SampleFiles.write(outDir.resolve("README.md"), TEXT);
    }

    private static final String TEXT = String.join("\n",
            "# Sample data",
            "",
            "Synthetic result folders in the TR harness formats (see `tr-formats.md`) and, in `peer-tools/`, in the",
            "formats of peer benchmark tools (`peer-formats.md`), opened by Chimera Workbench",
            "on first launch. Nothing here was measured: every file is written by",
            "`dev.chimera.workbench.sampledata.SampleDataGenerator` with fixed seeds, and the numbers follow the",
            "per-configuration figures of the TR reports (`tr-figures.md` §4). Summaries (latency summaries,",
            "baseline, poller statistics) are computed by the generator from the generated raw data, the way the",
            "harness computes them.",
            "",
            "| folder | mimics | follows |",
            "|---|---|---|",
            "| `tr118-crossover/` | TR118 v2 crossover sweep: `tr118v2_run_manifest.json`, per model tag"
                + " `raw/bench_{prefill,generate}_<run_id>.jsonl` (180 lines each) and"
                + " `processed/latency_summary_<mode>.csv` | §4.2: 9 GPT-2 sizes 0.1–124 M params (`gpt2-1m` really"
                + " has 11.18 M), 6 backends × 6 scenarios × 5 reps; ORT-CPU/PyTorch-compile means from the"
                + " crossover table (ratio crosses 1 between 51 M and 75 M); TensorRT-FP16 batch shapes fail with"
                + " a profile mismatch; uncached TensorRT generation degrades |",
            "| `tr119-cost/` | TR119 cost matrix: `raw/bench_tr119_<run_id>.jsonl` (prefill and generate) and"
                + " `processed/latency_summary_cost.csv` | §4.3: gpt2, 5 backends × 5 scenarios × 7 reps; mean"
                + " latencies, GPU watts and attributed CPU watts per backend × scenario × mode |",
            "| `tr120-compile/<ts>/` | TR120 root-cause run: `manifest.json`, per mode `metrics.csv` and"
                + " `runs/<scenario>/<backend>/fp32/run_<epoch_ms>.json` | §4.1 per-scenario e2e medians/maxima"
                + " (eager cold start: single_micro first sample 3325.81 ms, so dropping first samples flips the"
                + " mean ordering) and §4.4 prefill / KV-decode distributions; one degraded re-run with 0.30 ms"
                + " placeholder latencies |",
            "| `tr121-scaling/<ts>/` | TR121 scaling run: `manifest.json`, `metrics.csv` + `runs.jsonl` (same"
                + " records, union columns), `resolved_model_params.csv`, `hf_load_ms.csv` | §4.5: hf_cpu_fp32"
                + " and hf_gpu_fp16 on 7 GPT-2 sizes, Ollama on 5 models 268 M–20.9 B, prefill/kv_decode/e2e_kv,"
                + " warmup ratios; measured parameter counts from §4.2 |",
            "| `tr122-physics/<ts>/` | TR122 physics run: `power_trace.csv` (100 ms), `generation_events.jsonl`,"
                + " `baseline.json`, `run_metadata.json` | §4.6: idle baseline ≈ 20.7 ± 10 W at 39.8 °C, heat"
                + " soak 42 → 48 °C, decode 130–145 W, 15 prefill + 15 decode events with the §4.6 durations |",
            "| `peer-tools/` | One simulated serving experiment (Qwen/Qwen2.5-7B-Instruct on vLLM, one H100,"
                + " concurrency 4 and 16, 200 requests each, 3 rejected with HTTP 400, one 1-token answer) as each peer"
                + " tool exports it: `vllm/` (`vllm bench serve --save-detailed` JSON), `aiperf/<artifact>/`"
                + " (`profile_export.jsonl` + `profile_export_aiperf.json`), `genai-perf/<artifact>/` (perf_analyzer"
                + " `profile_export.json` + `profile_export_genai_perf.json`), `llmperf/concurrency<N>/`"
                + " (`*_individual_responses.json` + `*_summary.json`), `guidellm/benchmarks.json` (v0.7, every request"
                + " listed) and `nvidia-smi/` (1 s `--query-gpu` log of the session) | peer-formats §1.1, §2–§6: every"
                + " tool aggregate is computed the tool's way from the same requests (population vs sample std, linear"
                + " vs weighted nearest-rank percentiles, pooled ITL, TPOT without 1-token answers, GuideLLM 0"
                + " placeholders and token weights), so `compare` shows which differences are explained |",
            "",
            "To keep the folder small, TR118 lines omit the repeated `export_metadata` / `trt_build_metadata`",
            "blocks, and the analysis sub-folders (plots, statistical analyses) are not generated.",
            "",
            "## Regenerating",
            "",
            "```",
            "mvn -B -DskipTests package",
            "rm -rf sample-data && java -jar target/chimera-workbench.jar generate-samples sample-data",
            "```",
            "",
            "`SampleDataRegenerationTest` regenerates into a temporary folder and fails on any byte that differs",
            "from the committed copy.",
            "");
}
