package dev.chimera.workbench.cli;

import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.power.PowerAnalysis;
import dev.chimera.workbench.power.PowerOptions;
import dev.chimera.workbench.power.TraceAnalysis;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code power <folder>}: per trace sampling quality, energy, idle baseline, heat soak and event energy. */
@Command(name = "power", mixinStandardHelpOptions = true,
        description = {"Power traces (TR122 power_trace.csv, nvidia-smi, dmon, DCGM, AIPerf telemetry), one per",
            "file x GPU: dt distribution, gaps above the threshold, read errors and continuity; trapezoid energy",
            "over the real timestamps and the time-weighted mean power; the idle baseline (baseline.json, else",
            "the longest steady idle segment); heat soak (rolling 5-minute temperature slope, equilibrium at",
            "|slope| < 0.5 C/min, throttling flags); per-event energy (integral of P dt - baseline x T) classified",
            "good / gappy / no_data as TR122 (no_data events get no number)."})
final class PowerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<folder>", description = "result folder (or single file)")
    Path folder;

    @Option(names = "--gap-threshold-ms", paramLabel = "<ms>", defaultValue = "250",
            description = "an interval above this is a gap (default ${DEFAULT-VALUE}: TR122; the summary quotes 200)")
    double gapThresholdMs;

    @Option(names = "--min-window-s", paramLabel = "<s>", defaultValue = "300",
            description = "heat soak: evaluate the slope once its window spans this long (default ${DEFAULT-VALUE};"
                    + " TR122's loop used 60)")
    double minWindowS;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        if (!(gapThresholdMs > 0) || !(minWindowS > 0)) {
            spec.commandLine().getErr().println("chimera-workbench: --gap-threshold-ms and --min-window-s must be > 0");
            return ExitCodes.USAGE;
        }
        Dataset dataset = DatasetLoading.load(folder, spec.commandLine().getErr());
        if (dataset == null) {
            return ExitCodes.FAILURE;
        }
        PowerOptions options = PowerOptions.defaults().withGapThreshold(gapThresholdMs / 1000.0)
                .withMinWindowSpan(minWindowS);
        List<TraceAnalysis> traces = PowerAnalysis.analyze(dataset, options);
        if (json) {
            spec.commandLine().getOut().println(PowerReport.toJson(traces, options));
        } else {
            PowerReport.print(traces, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }
}
