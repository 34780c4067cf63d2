package dev.chimera.workbench.cli;

import dev.chimera.workbench.analysis.Bootstrap;
import dev.chimera.workbench.analysis.GroupComparison;
import dev.chimera.workbench.analysis.PercentileMethod;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compare-groups <folder> --by col --a x --b y}: two groups of raw samples compared. */
@Command(name = "compare-groups", mixinStandardHelpOptions = true,
        description = {"Compare two groups of raw samples (rows whose --by column equals --a versus --b):",
            "difference of medians and of p99 (B - A) with seeded bootstrap percentile intervals, the mean",
            "difference, Mann-Whitney U with its two-sided p-value (normal approximation with tie and continuity",
            "correction, as scipy's mannwhitneyu), the rank-biserial effect size (= Cliff's delta of B vs A), a",
            "comparability banner (scenario, prompt_tokens, gen_tokens, batch_size, mode, model values that",
            "differ; hardware and software versions are not compared yet) and a paradox note when the groups'",
            "order by mean differs from their order by median, naming the samples that drive the mean."})
final class CompareGroupsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<folder>", description = "result folder (or single file)")
    Path folder;

    @Option(names = "--metric", paramLabel = "<metric>", defaultValue = "latency_ms",
            description = "numeric runs column (default: ${DEFAULT-VALUE})")
    String metric;

    @Option(names = "--by", required = true, paramLabel = "<col>", description = "column that splits the groups")
    String by;

    @Option(names = "--a", required = true, paramLabel = "<value>", description = "value of group A")
    String valueA;

    @Option(names = "--b", required = true, paramLabel = "<value>", description = "value of group B")
    String valueB;

    @Mixin
    SampleFilterOptions samples;

    @Option(names = "--boot", paramLabel = "<n>", defaultValue = "2000",
            description = "bootstrap resamples (default: ${DEFAULT-VALUE})")
    int boot;

    @Option(names = "--seed", paramLabel = "<s>", defaultValue = "42", description = "bootstrap seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--confidence", paramLabel = "<c>", defaultValue = "0.95",
            description = "confidence level (default: ${DEFAULT-VALUE})")
    double confidence;

    @Option(names = "--pctl-method", paramLabel = "<method>", defaultValue = "linear",
            description = "percentile method (default: ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        Dataset dataset = DatasetLoading.load(folder, spec.commandLine().getErr());
        if (dataset == null) {
            return ExitCodes.FAILURE;
        }
        GroupComparison c;
        try {
            c = GroupComparison.of(dataset.table(CanonicalTable.RUNS), metric, by, valueA, valueB,
                    samples.filter(), new Bootstrap(boot, confidence, seed),
                    PercentileMethod.fromId(method));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("chimera-workbench: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (json) {
            spec.commandLine().getOut().println(GroupComparisonReport.toJson(c));
        } else {
            GroupComparisonReport.print(c, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }
}
