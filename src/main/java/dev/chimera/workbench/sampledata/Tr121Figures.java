package dev.chimera.workbench.sampledata;

import java.util.List;

/**
 * TR121 scenario-aggregated figures (tr-figures.md §4.5, gen 64): prefill and KV-decode milliseconds per
 * backend × model, the measured parameter counts (§4.2 last paragraph) and the warmup-ratio quantiles.
 */
final class Tr121Figures {
    /** backend, model, config params (M), measured params (M), prefill ms, kv ms, template tokens added. */
    record Entry(String backend, String model, double paramsConfig, double paramsMeasured, double prefillMs,
            double kvMs, int templateTokens) {
    }

    record OllamaModel(String name, String sizeRaw, String quantization, String family, double loadMs) {
    }

    static final String[] HF_MODELS = {"models/tiny-gpt2", "models/gpt2-5m", "models/gpt2-25m", "models/gpt2-45m",
        "models/gpt2-50m", "models/gpt2-75m", "models/gpt2-100m"};
    static final double[] HF_CONFIG = {0.103, 5.037, 25.016, 45.171, 51.476, 74.825, 96.088};
    static final double[] HF_MEASURED = {0.102714, 5.03672, 25.016064, 45.1712, 51.475968, 74.824704, 96.08832};
    private static final double[][] CPU = {{3.49, 166.32}, {20.71, 1042.44}, {15.75, 783.67}, {18.08, 799.82},
        {25.35, 1267.69}, {27.80, 1600.77}, {26.98, 1374.22}};
    private static final double[][] GPU = {{4.30, 224.95}, {13.07, 626.09}, {3.24, 173.13}, {7.63, 385.33},
        {5.85, 331.40}, {6.34, 336.59}, {7.37, 410.32}};
    static final int[][] HF_ARCH = {{2, 2, 2}, {12, 80, 2}, {3, 384, 2}, {6, 512, 8}, {8, 512, 2}, {5, 768, 2},
        {8, 768, 2}};

    static final List<OllamaModel> OLLAMA = List.of(
            new OllamaModel("gemma3:270m", "268.10M", "Q8_0", "gemma3", 420),
            new OllamaModel("gemma3:1b-it-qat", "999.89M", "Q4_0", "gemma3", 910),
            new OllamaModel("qwen2.5:7b", "7.6B", "Q4_K_M", "qwen2", 3900),
            new OllamaModel("llama3.1:8b-instruct-q4_0", "8.0B", "Q4_0", "llama", 4300),
            new OllamaModel("gpt-oss-20b:latest", "20.9B", "MXFP4", "gpt-oss", 9800));
    private static final double[] OLLAMA_CONFIG = {268.1, 999.9, 7600.0, 8000.0, 20900.0};
    private static final double[] OLLAMA_MEASURED = {268.1, 999.89, 7600.0, 8000.0, 20900.0};
    private static final double[][] OLLAMA_MS = {{2.32, 121.57}, {4.51, 260.90}, {11.57, 709.04}, {11.53, 699.44},
        {50.85, 2914.22}};
    /** Chat-template tokens Ollama adds to the prompt (back-solved from prefill tok/s × ms in §4.5). */
    private static final int[] OLLAMA_TEMPLATE = {11, 12, 32, 12, 86};

    /**
     * Warmup / measured median ratio quantiles (median, p95, max) per backend kind and mode, §4.5:
     * index 0 prefill, 1 kv.
     */
    static final double[][] CPU_WARMUP = {{1.64, 18.60, 20.59}, {1.04, 1.21, 1.35}};
    static final double[][] GPU_WARMUP = {{2.02, 15.39, 194.45}, {1.03, 1.95, 2.40}};
    static final double[][] OLLAMA_WARMUP = {{3.71, 33.18, 46.28}, {1.01, 1.45, 1.96}};

    private Tr121Figures() {
    }

    static List<Entry> entries() {
        List<Entry> out = new java.util.ArrayList<>();
        for (int i = 0; i < HF_MODELS.length; i++) {
            out.add(new Entry("hf_cpu_fp32", HF_MODELS[i], HF_CONFIG[i], HF_MEASURED[i], CPU[i][0], CPU[i][1], 0));
        }
        for (int i = 0; i < HF_MODELS.length; i++) {
            out.add(new Entry("hf_gpu_fp16", HF_MODELS[i], HF_CONFIG[i], HF_MEASURED[i], GPU[i][0], GPU[i][1], 0));
        }
        for (int i = 0; i < OLLAMA.size(); i++) {
            out.add(new Entry("ollama", OLLAMA.get(i).name(), OLLAMA_CONFIG[i], OLLAMA_MEASURED[i],
                    OLLAMA_MS[i][0], OLLAMA_MS[i][1], OLLAMA_TEMPLATE[i]));
        }
        return out;
    }

    static double[][] warmupQuantiles(String backend) {
        return backend.equals("ollama") ? OLLAMA_WARMUP : backend.equals("hf_cpu_fp32") ? CPU_WARMUP : GPU_WARMUP;
    }

    /**
     * n ratios on a quantile curve through (0, floor), (0.5, median), (0.95, p95), (1, max), linear in log,
     * evaluated at i / (n - 1): numpy's linear quantiles of the set then land on the figures.
     */
    static double[] ratioLadder(int n, double[] q, double floor) {
        double[] xs = {0.0, 0.5, 0.95, 1.0};
        double[] ys = {floor, q[0], q[1], q[2]};
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double p = n == 1 ? 0.5 : (double) i / (n - 1);
            int k = p >= 0.95 ? 2 : p >= 0.5 ? 1 : 0;
            double t = (p - xs[k]) / (xs[k + 1] - xs[k]);
            out[i] = StrictMath.exp((1 - t) * StrictMath.log(ys[k]) + t * StrictMath.log(ys[k + 1]));
        }
        return out;
    }
}
