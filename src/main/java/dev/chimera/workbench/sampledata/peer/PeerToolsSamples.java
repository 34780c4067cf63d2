package dev.chimera.workbench.sampledata.peer;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code sample-data/peer-tools/}: one simulated serving experiment (Qwen2.5-7B-Instruct on vLLM, one H100,
 * concurrency 4 and 16, 200 requests each, 3 rejected) written the way vLLM, AIPerf, GenAI-Perf, llmperf and
 * GuideLLM export it, plus the nvidia-smi log of the session. Every aggregate is computed by the tool's own rules
 * from the very requests listed next to it, so the workbench's comparison of aggregates with raw rows can be
 * demonstrated on consistent data.
 */
public final class PeerToolsSamples {
    public static final String FOLDER = "peer-tools";

    private PeerToolsSamples() {
    }

    public static void generate(Path outDir) throws IOException {
        Path root = outDir.resolve(FOLDER);
        Experiment exp = Experiment.simulate();
        VllmServeFiles.write(root.resolve("vllm"), exp);
        AiperfFiles.write(root.resolve("aiperf"), exp);
        GenaiPerfFiles.write(root.resolve("genai-perf"), exp);
        LlmperfFiles.write(root.resolve("llmperf"), exp);
        GuideLlmFile.write(root.resolve("guidellm"), exp);
        NvidiaSmiLog.write(root.resolve("nvidia-smi"), exp);
    }
}
