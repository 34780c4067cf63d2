package dev.chimera.workbench.sampledata.peer;

import java.util.List;

/**
 * The one serving experiment every tool measured: Qwen/Qwen2.5-7B-Instruct served by vLLM on one H100,
 * two load points (4 and 16 concurrent clients). Each tool ran both load points one after the other; tool t,
 * load point k started at {@code EPOCH_S + t * TOOL_SLOT_S + k * LOAD_SLOT_S} (UTC, host clock on UTC).
 */
record Experiment(List<LoadPoint> loads) {
    static final String MODEL = "Qwen/Qwen2.5-7B-Instruct";
    static final String MODEL_DIR = "Qwen_Qwen2.5-7B-Instruct";
    static final String MODEL_BASENAME = "Qwen2.5-7B-Instruct";
    /** 2025-03-04 10:00:00 UTC. */
    static final long EPOCH_S = 1741082400L;
    static final long TOOL_SLOT_S = 180;
    static final long LOAD_SLOT_S = 100;
    static final String[] TOOLS = {"vllm", "aiperf", "genai-perf", "llmperf", "guidellm"};

    static Experiment simulate() {
        return new Experiment(List.of(LoadPoint.simulate(4, 20250304L), LoadPoint.simulate(16, 20250305L)));
    }

    /** Epoch µs at which tool {@code tool} started load point {@code k}. */
    static long startEpochUs(String tool, int k) {
        int t = List.of(TOOLS).indexOf(tool);
        return (EPOCH_S + t * TOOL_SLOT_S + k * LOAD_SLOT_S) * 1_000_000L + 250_000L * (t + 1);
    }
}
