package dev.chimera.workbench.cli;

import dev.chimera.workbench.analysis.ColdStart;
import dev.chimera.workbench.analysis.SampleFilter;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coldstart <folder>}: TR120 per-file cold-start table, overall effect, TR121 warmup-ratio grid. */
@Command(name = "coldstart", mixinStandardHelpOptions = true,
        description = {"Cold starts and warmups of the raw samples. Per run file / run (run_id, else source_file),",
            "in execution order: n, first sample, median of the rest, first / median-of-rest ratio flagged above",
            "2x and 3x, mean, median, p99, max and its index, mean without the first sample (TR120",
            "cold_start_by_file.csv). Then the overall effect per group: mean / median / p99 / max with and",
            "without first samples and the fractions of files whose max is the first sample or whose first",
            "sample is over 2x / 3x (TR120 cold_start_effect_overall.csv). Then the warmup-ratio grid: warmup",
            "median / measured median per backend x model x scenario x mode, alert above 10x (TR121",
            "warmup_effect.csv). Failed rows are left out unless --include-failed."})
final class ColdStartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<folder>", description = "result folder (or single file)")
    Path folder;

    @Option(names = "--metric", paramLabel = "<metric>", defaultValue = "latency_ms",
            description = "numeric runs column (default: ${DEFAULT-VALUE})")
    String metric;

    @Option(names = "--group-by", split = ",", paramLabel = "<col>",
            description = "columns of the overall effect (default: mode,backend)")
    List<String> groupBy = ColdStart.DEFAULT_GROUP_BY;

    @Option(names = "--exclude-warmup", description = "leave out rows flagged is_warmup from the per-file table")
    boolean excludeWarmup;

    @Option(names = "--include-failed", description = "keep degraded, error and cancelled rows")
    boolean includeFailed;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        Dataset dataset = DatasetLoading.load(folder, spec.commandLine().getErr());
        if (dataset == null) {
            return ExitCodes.FAILURE;
        }
        ColdStart.Report report;
        try {
            report = ColdStart.analyze(dataset.table(CanonicalTable.RUNS), metric,
                    new SampleFilter(excludeWarmup, false, includeFailed), groupBy);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("chimera-workbench: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (json) {
            spec.commandLine().getOut().println(ColdStartReport.toJson(report));
        } else {
            ColdStartReport.print(report, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }
}
