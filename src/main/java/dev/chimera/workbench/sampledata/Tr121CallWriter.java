package dev.chimera.workbench.sampledata;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds TR121 records: per call one raw measurement, projected three times (prefill, kv_decode, e2e_kv).
 * HF and Ollama records carry different key sets, exactly as the harness writes them; the CSV is their union.
 */
final class Tr121CallWriter {
    final List<Map<String, Object>> records = new ArrayList<>();
    private final SeededRandom r;
    private double clock;
    private int callIdx;

    Tr121CallWriter(SeededRandom r, double startClock) {
        this.r = r;
        this.clock = startClock;
    }

    void task(int taskIdx, int s, Tr121Figures.Entry e, double prefillRatio, double kvRatio, double hfLoadMs,
            boolean earlyStop) {
        boolean ollama = e.backend().equals("ollama");
        List<Double> prefill = new ArrayList<>();
        List<Double> kv = new ArrayList<>();
        for (int rep = 0; rep < Tr121ScalingSamples.REPS; rep++) {
            prefill.add(e.prefillMs() * scale(s, true) * r.lognormal(1.0, 0.05));
            kv.add(e.kvMs() * scale(s, false) * r.lognormal(1.0, 0.03));
        }
        int genRaw = earlyStop ? 41 + r.nextInt(9) : Tr121ScalingSamples.GEN_TOKENS;
        double warmPrefill = prefillRatio * SampleStats.median(prefill);
        double warmKv = kvRatio * SampleStats.median(kv);
        call(taskIdx, s, e, true, -1, warmPrefill, warmKv, genRaw, hfLoadMs, ollama);
        for (int rep = 0; rep < Tr121ScalingSamples.REPS; rep++) {
            call(taskIdx, s, e, false, rep, prefill.get(rep), kv.get(rep), genRaw, hfLoadMs, ollama);
        }
    }

    private static double scale(int s, boolean prefill) {
        double[] p = {0.90, 1.0, 1.11};
        double[] k = {0.99, 1.0, 1.01};
        return prefill ? p[s] : k[s];
    }

    private void call(int taskIdx, int s, Tr121Figures.Entry e, boolean warmup, int rep, double prefillMs,
            double kvEquivMs, int genRaw, double hfLoadMs, boolean ollama) {
        int gen = Tr121ScalingSamples.GEN_TOKENS;
        int promptTokens = Tr121ScalingSamples.HF_TOKENS[s] + e.templateTokens();
        double pre = Num.round(prefillMs, 4);
        double perToken = kvEquivMs / gen;
        double kvRaw = Num.round(perToken * genRaw, 4);
        double kvEquiv = ollama ? Num.q(kvRaw * gen / genRaw) : kvRaw;
        boolean gpu = e.backend().equals("hf_gpu_fp16");
        double preCuda = gpu ? Num.round(pre * r.uniform(0.93, 0.99), 6) : Double.NaN;
        double kvCuda = gpu ? Num.round(kvRaw * r.uniform(0.985, 0.999), 6) : Double.NaN;
        double loadMs = Double.NaN;
        if (ollama) {
            Tr121Figures.OllamaModel m = Tr121Figures.OLLAMA.stream().filter(o -> o.name().equals(e.model()))
                    .findFirst().orElseThrow();
            loadMs = Num.round(warmup ? m.loadMs() * r.uniform(0.9, 1.25) : m.loadMs() * 0.05 + r.uniform(30, 90), 4);
        }
        double total = ollama ? Num.round(loadMs + pre + kvRaw + r.uniform(8, 40), 4) : Double.NaN;
        double wall = ollama ? Num.round(total + r.uniform(15, 35), 10) : Double.NaN;
        String[] modes = {"prefill", "kv_decode", "e2e_kv"};
        for (String mode : modes) {
            Map<String, Object> rec = new LinkedHashMap<>();
            rec.put("task_idx", taskIdx);
            rec.put("scenario", Tr121ScalingSamples.SCENARIOS[s]);
            rec.put("backend", e.backend());
            rec.put("backend_kind", ollama ? "ollama" : "hf");
            rec.put("model", e.model());
            rec.put("model_kind", ollama ? "ollama" : "hf");
            rec.put("params_millions", e.paramsConfig());
            rec.put("params_millions_config", e.paramsConfig());
            rec.put("prompt", Tr121ScalingSamples.PROMPTS[s]);
            rec.put("prompt_chars", Tr121ScalingSamples.PROMPTS[s].length());
            rec.put("gen_tokens_target", gen);
            rec.put("batch_size_config", 1);
            rec.put("call_idx", callIdx);
            rec.put("sample_idx", records.size());
            rec.put("is_warmup", warmup);
            rec.put("warmup_idx", warmup ? (Object) 0 : null);
            rec.put("rep", warmup ? null : (Object) rep);
            rec.put("mode", mode);
            rec.put("status", "ok");
            rec.put("error", "");
            rec.put("started_at_unix", Num.timestamp(clock));
            rec.put("batch_size", 1);
            rec.put("seq_len", ollama ? null : (Object) promptTokens);
            rec.put("prompt_tokens_raw", promptTokens);
            if (!ollama) {
                rec.put("gen_tokens_raw", genRaw);
            }
            rec.put("prefill_ms", pre);
            rec.put("prefill_cuda_event_ms", nullable(preCuda));
            rec.put("kv_decode_ms", kvRaw);
            if (ollama) {
                rec.put("kv_decode_ms_equiv", kvEquiv);
                rec.put("kv_decode_ms_per_token", Num.q(kvRaw / genRaw));
            }
            rec.put("kv_decode_cuda_event_ms", nullable(kvCuda));
            if (ollama) {
                rec.put("gen_tokens_raw", genRaw);
                rec.put("gen_tokens_equiv", gen);
                rec.put("ollama_wall_ms", wall);
                rec.put("ollama_total_duration_ms", total);
                rec.put("ollama_load_ms", loadMs);
                rec.put("ollama_done_reason", genRaw < gen ? "stop" : "length");
            } else {
                rec.put("gpu_peak_mb", gpu ? Num.q(StrictMath.rint((18 + e.paramsMeasured() * 2.05
                        + promptTokens * 0.07) * 1024) / 1024) : null);
                if (warmup) {
                    rec.put("hf_load_ms", hfLoadMs);
                }
            }
            rec.put("params_millions_measured", e.paramsMeasured());
            project(rec, mode, pre, kvEquiv, preCuda, kvCuda, promptTokens);
            records.add(rec);
        }
        clock += (pre + kvRaw + (ollama ? loadMs : 0)) / 1000.0 + r.uniform(0.05, 0.3);
        callIdx++;
    }

    private static void project(Map<String, Object> rec, String mode, double pre, double kv, double preCuda,
            double kvCuda, int promptTokens) {
        int gen = Tr121ScalingSamples.GEN_TOKENS;
        double latency;
        double cuda;
        int tokens;
        if (mode.equals("prefill")) {
            latency = pre;
            cuda = preCuda;
            tokens = promptTokens;
        } else if (mode.equals("kv_decode")) {
            latency = kv;
            cuda = kvCuda;
            tokens = gen;
        } else {
            latency = Num.q(pre + kv);
            cuda = Double.isNaN(preCuda) ? Double.NaN : Num.q(preCuda + kvCuda);
            tokens = promptTokens + gen;
        }
        rec.put("latency_ms", latency);
        rec.put("cuda_event_ms", nullable(cuda));
        rec.put("tokens_total", tokens);
        rec.put("tokens_per_s", Num.q(tokens * 1000.0 / latency));
        rec.put("gen_tokens", mode.equals("prefill") ? 0 : gen);
    }

    private static Object nullable(double v) {
        return Double.isNaN(v) ? null : v;
    }

    static ObjectNode toJson(Map<String, Object> rec) {
        ObjectNode o = PyJson.obj();
        for (Map.Entry<String, Object> e : rec.entrySet()) {
            Object v = e.getValue();
            if (v == null) {
                o.putNull(e.getKey());
            } else if (v instanceof Double) {
                o.set(e.getKey(), PyJson.num((Double) v));
            } else if (v instanceof java.math.BigDecimal) {
                o.set(e.getKey(), PyJson.decimal((java.math.BigDecimal) v));
            } else if (v instanceof Integer) {
                o.put(e.getKey(), (Integer) v);
            } else if (v instanceof Boolean) {
                o.put(e.getKey(), (Boolean) v);
            } else {
                o.put(e.getKey(), v.toString());
            }
        }
        return o;
    }

    /** pandas to_csv style: None → empty, bools True/False, floats with a decimal point. */
    static String csvValue(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double) {
            return Num.fmt((Double) v);
        }
        if (v instanceof java.math.BigDecimal) {
            return ((java.math.BigDecimal) v).toPlainString();
        }
        if (v instanceof Boolean) {
            return SampleFiles.pyBool((Boolean) v);
        }
        return v.toString();
    }
}
