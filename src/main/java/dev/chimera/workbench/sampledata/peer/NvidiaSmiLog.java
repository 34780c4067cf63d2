package dev.chimera.workbench.sampledata.peer;

import dev.chimera.workbench.sampledata.SampleFiles;
import dev.chimera.workbench.sampledata.SeededRandom;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code nvidia-smi --query-gpu=timestamp,index,name,power.draw,utilization.gpu,memory.used,temperature.gpu,
 * clocks.sm --format=csv -l 1} beside the server for the whole session (peer-formats §1.1): one line per second,
 * local time without zone (the host is on UTC), values with units. Busy while any tool runs a load point, the
 * server idling (weights loaded) in between.
 */
final class NvidiaSmiLog {
    static final String FILE = "nvidia_smi_gpu_metrics.csv";
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private NvidiaSmiLog() {
    }

    static void write(Path dir, Experiment exp) throws IOException {
        SeededRandom rnd = new SeededRandom(4242L);
        long firstS = Experiment.EPOCH_S - 20;
        long lastS = Experiment.EPOCH_S + Experiment.TOOLS.length * Experiment.TOOL_SLOT_S + 20;
        List<String> lines = new ArrayList<>();
        lines.add("timestamp, index, name, power.draw [W], utilization.gpu [%], memory.used [MiB], temperature.gpu,"
                + " clocks.sm [MHz]");
        double temp = 38;
        for (long s = firstS; s <= lastS; s++) {
            long tickUs = s * 1_000_000L + 118_000L + rnd.nextInt(4000);
            int conc = activeConcurrency(exp, tickUs);
            double power;
            double util;
            if (conc == 0) {
                power = rnd.normal(118, 2.5);
                util = 0;
            } else {
                power = rnd.normal(conc <= 4 ? 255 : 338, conc <= 4 ? 8 : 10);
                util = Math.min(100, Math.round(rnd.normal(conc <= 4 ? 78 : 96, 3)));
            }
            double target = conc == 0 ? 41 : conc <= 4 ? 56 : 63;
            temp += (target - temp) * 0.03;
            lines.add(String.format(Locale.ROOT, "%s, 0, NVIDIA H100 80GB HBM3, %.2f W, %d %%, %d MiB, %d, %d MHz",
                    TS.format(Instant.ofEpochSecond(tickUs / 1_000_000L, (tickUs % 1_000_000L) * 1000L)), power,
                    (int) util, 73_562 + (conc == 0 ? 0 : 128), Math.round(temp), conc == 0 ? 1755 : 1980));
        }
        SampleFiles.writeLines(dir.resolve(FILE), lines);
    }

    /** The concurrency of the load point some tool runs at this instant, 0 when none. */
    private static int activeConcurrency(Experiment exp, long epochUs) {
        for (String tool : Experiment.TOOLS) {
            for (int k = 0; k < exp.loads().size(); k++) {
                long start = Experiment.startEpochUs(tool, k);
                if (epochUs >= start && epochUs <= start + exp.loads().get(k).spanUs()) {
                    return exp.loads().get(k).concurrency();
                }
            }
        }
        return 0;
    }
}
