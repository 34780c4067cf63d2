package dev.chimera.workbench.sampledata;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tr122-physics/<ts>/}: one TR122 physics run — the 100 ms power trace, the 30 joule-curve generation
 * events (batch 1–16 × 3 reps, prefill + decode, on the trace's monotonic clock), the idle baseline computed
 * from the trace and the run metadata with poller statistics computed from it.
 */
final class Tr122PhysicsSamples {
    static final String FOLDER = "tr122-physics";
    static final String RUN_ID = "20251222_190412";
    static final long T0_NS = 812_345_678_901_234L;
    static final double BASELINE_S = 200.0;
    static final int[] BATCH_SIZES = {1, 2, 4, 8, 16};
    static final int REPS = 3;
    static final int PADDED_LEN = 32;
    static final int GEN_TOKENS = 64;
    /** §4.6 event durations: prefill upper bound (ms) and typical decode (ms) per batch size. */
    private static final double[][] DURATIONS = {{2.8, 4.6, 50}, {4.5, 7.5, 80}, {8, 14, 150}, {16, 28, 300},
        {30, 48, 600}};
    static final String TRACE_HEADER = "t_ns,power_w,temp_c,sm_clock_mhz,mem_clock_mhz,util_gpu,util_mem,"
            + "vram_used_mb,read_ok,dt_s";

    private Tr122PhysicsSamples() {
    }

    static void generate(Path outDir) throws IOException {
        Path root = outDir.resolve(FOLDER).resolve(RUN_ID);
        SeededRandom r = new SeededRandom(122_000L);
        List<double[]> windows = eventWindows(r);
        List<Tr122Trace.Sample> trace = Tr122Trace.build(r, T0_NS, windows);
        SampleFiles.writeLines(root.resolve("power_trace.csv"), traceLines(trace));
        ObjectNode baseline = Tr122Documents.baseline(trace, BASELINE_S);
        SampleFiles.writeLines(root.resolve("generation_events.jsonl"),
                Tr122Documents.events(windows, trace, baseline.get("idle_watts_mean").doubleValue()));
        SampleFiles.write(root.resolve("baseline.json"), PyJson.pretty(baseline));
        SampleFiles.write(root.resolve("run_metadata.json"), PyJson.pretty(Tr122Documents.metadata(trace, baseline)));
    }

    /** {start s, end s, 1 = decode / 0 = prefill, batch size, rep}, in run order. */
    private static List<double[]> eventWindows(SeededRandom r) {
        List<double[]> out = new ArrayList<>();
        double cursor = Tr122Trace.EVENTS_START_S + 2.0;
        for (int b = 0; b < BATCH_SIZES.length; b++) {
            for (int rep = 0; rep < REPS; rep++) {
                double prefill = r.uniform(DURATIONS[b][0], DURATIONS[b][1]) / 1000.0;
                out.add(new double[] {cursor, cursor + prefill, 0, BATCH_SIZES[b], rep});
                double start = cursor + prefill + r.uniform(0.3, 1.2) / 1000.0;
                double decode = DURATIONS[b][2] * r.uniform(0.93, 0.998) / 1000.0;
                out.add(new double[] {start, start + decode, 1, BATCH_SIZES[b], rep});
                cursor = start + decode + r.uniform(1.6, 2.4);
            }
        }
        return out;
    }

    private static List<String> traceLines(List<Tr122Trace.Sample> trace) {
        List<String> lines = new ArrayList<>(trace.size() + 1);
        lines.add(TRACE_HEADER);
        long prev = -1;
        for (Tr122Trace.Sample s : trace) {
            double dt = prev < 0 ? 0.0 : (s.tNs() - prev) / 1e9;
            prev = s.tNs();
            if (!s.readOk()) {
                lines.add(s.tNs() + ",,,,,,,," + SampleFiles.pyBool(false) + "," + Num.fmt(dt));
                continue;
            }
            lines.add(s.tNs() + "," + Num.fmt(s.powerW()) + "," + Num.fmt(s.tempC()) + "," + s.smClock() + ","
                    + s.memClock() + "," + s.utilGpu() + "," + s.utilMem() + "," + Num.fmt(s.vramMb()) + ","
                    + SampleFiles.pyBool(true) + "," + Num.fmt(dt));
        }
        return lines;
    }
}
