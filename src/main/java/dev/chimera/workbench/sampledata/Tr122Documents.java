package dev.chimera.workbench.sampledata;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The TR122 side documents, each computed from the generated trace rather than typed in. */
final class Tr122Documents {
    private static final double GAP_S = 0.2;

    private Tr122Documents() {
    }

    static ObjectNode baseline(List<Tr122Trace.Sample> trace, double baselineS) {
        List<Double> watts = new ArrayList<>();
        List<Double> temps = new ArrayList<>();
        List<Double> util = new ArrayList<>();
        List<Double> clocks = new ArrayList<>();
        for (Tr122Trace.Sample s : trace) {
            if (s.t() < baselineS && s.readOk()) {
                watts.add(s.powerW());
                temps.add(s.tempC());
                util.add((double) s.utilGpu());
                clocks.add((double) s.smClock());
            }
        }
        double mean = SampleStats.mean(watts);
        double sd = SampleStats.std(watts);
        int outliers = 0;
        for (double w : watts) {
            if (StrictMath.abs(w - mean) > 3 * sd) {
                outliers++;
            }
        }
        ObjectNode b = PyJson.obj();
        b.set("idle_watts_mean", PyJson.num(mean));
        b.set("idle_watts_std", PyJson.num(sd));
        b.set("idle_temp_c", PyJson.num(SampleStats.mean(temps)));
        b.put("fake_idle_flag", false);
        b.set("idle_gpu_util_p95", PyJson.num(SampleStats.quantile(util, 0.95)));
        b.set("idle_watts_min", PyJson.num(SampleStats.min(watts)));
        b.set("idle_watts_max", PyJson.num(SampleStats.max(watts)));
        b.set("power_outlier_fraction", PyJson.num((double) outliers / watts.size()));
        b.put("clock_varied", SampleStats.std(clocks) > 50);
        b.put("fake_idle_reasons", "");
        return b;
    }

    static List<String> events(List<double[]> windows, List<Tr122Trace.Sample> trace, double idleWatts) {
        List<String> lines = new ArrayList<>();
        for (double[] w : windows) {
            boolean decode = w[2] > 0;
            int bs = (int) w[3];
            long start = Tr122PhysicsSamples.T0_NS + StrictMath.round(w[0] * 1e9);
            long end = Tr122PhysicsSamples.T0_NS + StrictMath.round(w[1] * 1e9);
            double duration = (end - start) / 1e9;
            List<Double> power = new ArrayList<>();
            for (Tr122Trace.Sample s : trace) {
                if (s.readOk() && s.tNs() >= start && s.tNs() <= end) {
                    power.add(s.powerW());
                }
            }
            int input = Tr122PhysicsSamples.PADDED_LEN * bs;
            int output = Tr122PhysicsSamples.GEN_TOKENS * bs;
            double gapFraction = StrictMath.max(0.0, 1.0 - power.size() * Tr122Trace.INTERVAL_S / duration);
            String quality = power.isEmpty() || duration < Tr122Trace.INTERVAL_S ? "no_data"
                    : power.size() < 10 || gapFraction > 0.05 ? "gappy" : "good";
            ObjectNode e = PyJson.obj();
            e.put("event_id", "bs" + bs + "_rep" + (int) w[4] + "_" + (decode ? "decode" : "prefill"));
            e.put("phase", decode ? "decode" : "prefill");
            e.put("t_start_ns", start);
            e.put("t_end_ns", end);
            e.put("input_tokens", input);
            e.put("output_tokens", output);
            e.put("batch_size", bs);
            e.set("tokens_per_second", PyJson.num((decode ? output : input) / duration));
            if (quality.equals("no_data")) {
                e.putNull("energy_joules");
                e.putNull("operational_joules");
            } else {
                double joules = SampleStats.mean(power) * duration;
                e.set("energy_joules", PyJson.num(joules));
                e.set("operational_joules", PyJson.num(joules - idleWatts * duration));
            }
            e.put("energy_quality", quality);
            e.set("gap_fraction", PyJson.num(gapFraction));
            e.put("power_samples", power.size());
            lines.add(PyJson.line(e));
        }
        return lines;
    }

    static ObjectNode metadata(List<Tr122Trace.Sample> trace, ObjectNode baseline) {
        List<Double> dts = new ArrayList<>();
        List<Double> late = new ArrayList<>();
        int gaps = 0;
        int dropped = 0;
        int readErrors = 0;
        long[] hist = new long[5];
        for (int i = 0; i < trace.size(); i++) {
            Tr122Trace.Sample s = trace.get(i);
            late.add(s.lateMs());
            if (!s.readOk()) {
                readErrors++;
            }
            if (i == 0) {
                continue;
            }
            double dt = (s.tNs() - trace.get(i - 1).tNs()) / 1e9;
            dts.add(dt * 1000.0);
            if (dt > GAP_S) {
                gaps++;
                dropped += (int) StrictMath.floor(dt / Tr122Trace.INTERVAL_S + 1e-9) - 1;
            }
            hist[dt <= 0.105 ? 0 : dt <= 0.15 ? 1 : dt <= 0.25 ? 2 : dt <= 0.5 ? 3 : 4]++;
        }
        ObjectNode m = PyJson.obj();
        m.put("schema_version", 2);
        m.put("run_id", Tr122PhysicsSamples.RUN_ID);
        m.put("run_state", "completed");
        m.put("end_reason", "duration_reached");
        ObjectNode git = PyJson.obj();
        git.put("hash", new SeededRandom(122_999L).hex(40));
        git.put("dirty", false);
        m.set("git", git);
        ObjectNode hw = PyJson.obj();
        hw.put("gpu_name", "NVIDIA GeForce RTX 4080 Laptop GPU");
        hw.put("driver", "566.36");
        hw.put("cuda", "12.7");
        m.set("hardware", hw);
        ObjectNode poller = PyJson.obj();
        poller.set("median_dt_ms", PyJson.num(SampleStats.median(dts)));
        poller.set("p95_dt_ms", PyJson.num(SampleStats.quantile(dts, 0.95)));
        poller.set("max_gap_ms", PyJson.num(SampleStats.max(dts)));
        poller.put("gap_count", gaps);
        poller.put("quality", gaps * 100 < dts.size() ? "good" : "degraded");
        poller.put("dropped_ticks", dropped);
        poller.put("read_errors", readErrors);
        ObjectNode h = PyJson.obj();
        String[] labels = {"<=105ms", "105-150ms", "150-250ms", "250-500ms", ">500ms"};
        for (int i = 0; i < labels.length; i++) {
            h.put(labels[i], hist[i]);
        }
        poller.set("dt_histogram", h);
        ObjectNode lateness = PyJson.obj();
        lateness.set("median_ms", PyJson.num(SampleStats.median(late)));
        lateness.set("p95_ms", PyJson.num(SampleStats.quantile(late, 0.95)));
        lateness.set("max_ms", PyJson.num(SampleStats.max(late)));
        poller.set("lateness", lateness);
        m.set("poller", poller);
        ObjectNode b = PyJson.obj();
        b.set("idle_watts_mean", baseline.get("idle_watts_mean"));
        b.set("idle_watts_std", baseline.get("idle_watts_std"));
        b.set("idle_watts_min", baseline.get("idle_watts_min"));
        b.set("idle_watts_max", baseline.get("idle_watts_max"));
        b.set("idle_temp", baseline.get("idle_temp_c"));
        b.set("fake_idle", baseline.get("fake_idle_flag"));
        b.set("fake_idle_reasons", baseline.get("fake_idle_reasons"));
        b.set("power_outlier_fraction", baseline.get("power_outlier_fraction"));
        b.set("clock_varied", baseline.get("clock_varied"));
        b.set("idle_gpu_util_p95", baseline.get("idle_gpu_util_p95"));
        m.set("baseline", b);
        ObjectNode config = PyJson.obj();
        config.put("interval_ms", 100);
        config.set("baseline_s", PyJson.num(Tr122PhysicsSamples.BASELINE_S));
        config.put("model", "gpt2");
        config.set("batch_sizes", PyJson.ints(List.of(1, 2, 4, 8, 16)));
        config.put("reps", Tr122PhysicsSamples.REPS);
        config.put("gen_tokens", Tr122PhysicsSamples.GEN_TOKENS);
        config.set("heat_soak_s", PyJson.num(Tr122Trace.EVENTS_START_S - Tr122Trace.LOAD_START_S));
        m.set("config", config);
        ObjectNode checks = PyJson.obj();
        ObjectNode response = PyJson.obj();
        response.putNull("pass");
        response.put("reason", "square_wave_test_not_run");
        checks.set("instrument_response", response);
        m.set("checks", checks);
        return m;
    }
}
