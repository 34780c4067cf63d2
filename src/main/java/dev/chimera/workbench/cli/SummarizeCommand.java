package dev.chimera.workbench.cli;

import dev.chimera.workbench.analysis.Bootstrap;
import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.analysis.SampleFilter;
import dev.chimera.workbench.analysis.Summarizer;
import dev.chimera.workbench.analysis.SummaryOptions;
import dev.chimera.workbench.analysis.SummaryResult;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code summarize <folder> --metric m}: our statistics of a per-sample metric, computed from the raw rows. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        description = {"Compute n, mean, std, min, p50, p90, p95, p99, p99.9 and max of a metric of the runs",
            "table from the raw per-sample / per-request rows, grouped by any columns. Failed and degraded",
            "rows are excluded by default (and counted); warmups are included unless excluded.",
            "--ci adds seeded bootstrap percentile intervals of mean, p50, p95 and p99 (--boot, --seed,",
            "--confidence); --trim P adds the trimmed mean (P cut from each end, scipy trim_mean);",
            "--warmups-as-group splits every group by a phase key (warmup / measured)."})
final class SummarizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<folder>", description = "result folder (or single file)")
    Path folder;

    @Option(names = "--metric", paramLabel = "<metric>", defaultValue = "latency_ms",
            description = "ttft_ms, e2e_ms, tpot_ms, itl_ms, latency_ms, tokens_per_s or any numeric runs "
                    + "column (default: ${DEFAULT-VALUE})")
    String metric;

    @Option(names = "--group-by", split = ",", paramLabel = "<col>",
            description = "group by these runs columns, e.g. backend,model or source_file")
    List<String> groupBy = List.of();

    @Mixin
    SampleFilterOptions samples;

    @Option(names = "--pctl-method", paramLabel = "<method>", defaultValue = "linear",
            description = "linear (numpy default), nearest_rank, floor_rank, lower, higher, midpoint "
                    + "(default: ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--ci", description = "bootstrap confidence intervals of mean, p50, p95 and p99")
    boolean ci;

    @Option(names = "--boot", paramLabel = "<n>", defaultValue = "2000",
            description = "bootstrap resamples (default: ${DEFAULT-VALUE})")
    int boot;

    @Option(names = "--seed", paramLabel = "<s>", defaultValue = "42",
            description = "bootstrap seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--confidence", paramLabel = "<c>", defaultValue = "0.95",
            description = "confidence level of the intervals (default: ${DEFAULT-VALUE})")
    double confidence;

    @Option(names = "--trim", paramLabel = "<p>",
            description = "add the trimmed mean cutting proportion p (0 <= p < 0.5) from each end")
    Double trim;

    @Option(names = "--warmups-as-group", description = "warmup rows form their own group (key phase = warmup / "
            + "measured); not with --exclude-warmup")
    boolean warmupsAsGroup;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        Dataset dataset = DatasetLoading.load(folder, spec.commandLine().getErr());
        if (dataset == null) {
            return ExitCodes.FAILURE;
        }
        PercentileMethod m;
        try {
            m = PercentileMethod.fromId(method);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("chimera-workbench: unknown percentile method: " + method);
            return ExitCodes.USAGE;
        }
        SampleFilter filter = samples.filter();
        SummaryResult result;
        try {
            if (warmupsAsGroup && samples.excludeWarmup) {
                throw new IllegalArgumentException("--warmups-as-group and --exclude-warmup contradict each other");
            }
            SummaryOptions options = new SummaryOptions(ci ? new Bootstrap(boot, confidence, seed) : null,
                    trim == null ? Double.NaN : trim, warmupsAsGroup);
            result = Summarizer.summarize(dataset.table(CanonicalTable.RUNS), metric, groupBy, filter, m, options);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("chimera-workbench: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (json) {
            spec.commandLine().getOut().println(SummaryReport.toJson(result));
        } else {
            SummaryReport.printTable(result, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }
}
