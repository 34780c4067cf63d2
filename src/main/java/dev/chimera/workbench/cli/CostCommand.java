package dev.chimera.workbench.cli;

import dev.chimera.workbench.cost.CostAggregation;
import dev.chimera.workbench.cost.CostEngine;
import dev.chimera.workbench.cost.CostInputs;
import dev.chimera.workbench.cost.CostReport;
import dev.chimera.workbench.cost.Pricing;
import dev.chimera.workbench.cost.PricingTier;
import dev.chimera.workbench.cost.ThroughputPoint;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cost <folder>}: TR119 $/1M tokens per backend × mode × scenario and per backend × mode. */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = {"Cost per 1M tokens (TR119): (1e6 / tok/s / 3600) x $/h + kWh per 1M x $/kWh, with the",
            "attributed power (GPU W for GPU backends, CPU package W for CPU backends). Per backend x mode x",
            "scenario, then per backend x mode (scenario 'all') as the mean of the per-scenario costs (TR119's",
            "headline) or the cost at the mean throughput. Raw TR119 bench JSONL (newest file per mode, as",
            "TR119's analysis) is preferred; else processed/latency_summary_cost.csv."})
final class CostCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<folder>", description = "result folder (or single file)")
    Path folder;

    @Option(names = "--tier", paramLabel = "<id>", defaultValue = "on-demand",
            description = "pricing tier: on-demand, spot, reserved-1yr, reserved-3yr, on-prem, consumer"
                    + " (default ${DEFAULT-VALUE})")
    String tier;

    @Option(names = "--usd-per-hour", paramLabel = "<usd>", description = "override the tier's $/hour")
    Double usdPerHour;

    @Option(names = "--usd-per-kwh", paramLabel = "<usd>", description = "override $/kWh (default 0.20)")
    Double usdPerKwh;

    @Option(names = "--aggregate", paramLabel = "<how>", defaultValue = "mean-of-scenarios",
            description = "mean-of-scenarios | at-mean-throughput (default ${DEFAULT-VALUE})")
    String aggregate;

    @Option(names = "--source", paramLabel = "<src>", defaultValue = "auto",
            description = "auto | raw | raw-all-files | summary (default ${DEFAULT-VALUE})")
    String source;

    @Option(names = "--pricing", paramLabel = "<file.json>", description = "pricing tiers file (chimera.pricing)")
    Path pricingFile;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Pricing pricing = Pricing.defaults();
        if (pricingFile != null) {
            try {
                pricing = Pricing.load(pricingFile);
            } catch (IOException e) {
                err.println("chimera-workbench: cannot read pricing " + pricingFile + ": " + e.getMessage());
                return ExitCodes.FAILURE;
            }
        }
        CostAggregation how;
        try {
            how = CostAggregation.fromId(aggregate);
        } catch (IllegalArgumentException e) {
            err.println("chimera-workbench: unknown --aggregate " + aggregate);
            return ExitCodes.USAGE;
        }
        PricingTier t = pricing.tier(tier).orElse(null);
        if (t == null) {
            err.println("chimera-workbench: unknown --tier " + tier);
            return ExitCodes.USAGE;
        }
        if (usdPerHour != null) {
            t = t.withUsdPerHour(usdPerHour);
        }
        if (usdPerKwh != null) {
            pricing = pricing.withUsdPerKwh(usdPerKwh);
        }
        String src = source.toLowerCase(Locale.ROOT);
        if (!List.of("auto", "raw", "raw-all-files", "summary").contains(src)) {
            err.println("chimera-workbench: unknown --source " + source);
            return ExitCodes.USAGE;
        }
        Dataset dataset = DatasetLoading.load(folder, err);
        if (dataset == null) {
            return ExitCodes.FAILURE;
        }
        List<ThroughputPoint> points = List.of();
        String used = src;
        if (!src.equals("summary")) {
            points = CostInputs.fromRuns(dataset.table(CanonicalTable.RUNS), src.equals("raw-all-files")
                    ? CostInputs.FileSelection.ALL : CostInputs.FileSelection.NEWEST_PER_MODE);
            used = src.equals("raw-all-files") ? src : "raw";
        }
        if (points.isEmpty() && (src.equals("auto") || src.equals("summary"))) {
            points = CostInputs.fromSummaries(dataset.table(CanonicalTable.SUMMARIES));
            used = "summary";
        }
        CostReport report = CostEngine.compute(points, pricing, t, how);
        if (json) {
            spec.commandLine().getOut().println(CostReportPrinter.toJson(report, used));
        } else {
            CostReportPrinter.print(report, used, spec.commandLine().getOut());
        }
        return ExitCodes.OK;
    }
}
