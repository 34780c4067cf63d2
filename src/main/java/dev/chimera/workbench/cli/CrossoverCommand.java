package dev.chimera.workbench.cli;

import static dev.chimera.workbench.cli.ScalingCliSupport.g;
import static dev.chimera.workbench.cli.ScalingCliSupport.num;
import static dev.chimera.workbench.cli.ScalingCliSupport.size;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.analysis.scaling.Aggregation;
import dev.chimera.workbench.analysis.scaling.CrossoverMethod;
import dev.chimera.workbench.analysis.scaling.CrossoverPoint;
import dev.chimera.workbench.analysis.scaling.CrossoverResult;
import dev.chimera.workbench.analysis.scaling.CrossoverSolver;
import dev.chimera.workbench.analysis.scaling.ModelRegistry;
import dev.chimera.workbench.analysis.scaling.ScalingData;
import dev.chimera.workbench.analysis.scaling.ScalingMetric;
import dev.chimera.workbench.analysis.scaling.ScalingOptions;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crossover <folder> --a X --b Y}: the model size where backend A's metric crosses B's. */
@Command(name = "crossover", mixinStandardHelpOptions = true,
        description = {"Model size where backend A's metric equals backend B's. Per model: the metric aggregated",
            "over its samples (warmups and failed rows out); sizes from the rows' params, else the model",
            "registry (unknown sizes are listed, never guessed). --method ratio (TR118): fit ln(A/B) against",
            "ln(params), crossover where the ratio is 1, bootstrap CI over points; --method intersection: where",
            "the two backends' own power-law fits meet. in_range says whether it lies inside the measured sizes."})
final class CrossoverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<folder>", description = "result folder")
    Path folder;

    @Option(names = "--metric", defaultValue = "tokens_per_s", description = "tokens_per_s, latency_ms, usd_per_1m_tokens (on-demand 1.006 USD/h) or a numeric "
            + "runs column (default: ${DEFAULT-VALUE})")
    String metric;

    @Option(names = "--mode", required = true, description = "mode, e.g. prefill, generate, kv_decode, e2e_kv")
    String mode;

    @Option(names = "--a", required = true, paramLabel = "<backend>", description = "backend A (numerator)")
    String a;

    @Option(names = "--b", required = true, paramLabel = "<backend>", description = "backend B (denominator)")
    String b;

    @Option(names = "--method", defaultValue = "ratio", description = "ratio | intersection (default: ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--aggregate", defaultValue = "mean-of-scenario-means",
            description = "mean-of-scenario-means (TR118), geomean-of-scenario-medians (TR121), median "
                    + "(default: ${DEFAULT-VALUE})")
    String aggregate;

    @Mixin
    FitOptions fit = new FitOptions();

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CrossoverMethod m;
        Aggregation agg;
        try {
            m = CrossoverMethod.parse(method);
            agg = Aggregation.parse(aggregate);
        } catch (IllegalArgumentException e) {
            err.println("chimera-workbench: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ModelRegistry reg = ScalingCliSupport.registry(fit.registry, err);
        if (reg == null) {
            return ExitCodes.FAILURE;
        }
        Dataset ds = DatasetLoading.load(folder, err);
        if (ds == null) {
            return ExitCodes.FAILURE;
        }
        ScalingData data;
        try {
            data = ScalingData.collect(ds.table(CanonicalTable.RUNS), ScalingOptions
                    .defaults(ScalingMetric.parse(metric), agg).withRegistry(reg)
                    .withBootstrap(fit.bootstrap()));
        } catch (IllegalArgumentException e) {
            err.println("chimera-workbench: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        CrossoverResult r = CrossoverSolver.solve(data, mode, a, b, m);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ScalingCliSupport.write(toJson(r, data)));
        } else {
            print(r, data, out);
        }
        return ExitCodes.OK;
    }

    static ObjectNode toJson(CrossoverResult r, ScalingData data) {
        ObjectNode root = ScalingCliSupport.JSON.createObjectNode();
        num(root, "crossover_params", r.crossoverParams());
        ScalingCliSupport.interval(root, "ci95", r.ci());
        num(root, "slope", r.slope());
        num(root, "intercept_ln", r.intercept());
        num(root, "r2", r.r2());
        root.put("method", r.method().id());
        root.put("in_range", r.inRange());
        num(root, "min_params", r.minParams());
        num(root, "max_params", r.maxParams());
        root.put("a", r.backendA());
        root.put("b", r.backendB());
        root.put("mode", r.mode());
        root.put("metric", r.metric());
        root.put("aggregation", data.options().aggregation().id());
        root.put("bootstrap_draws", data.options().bootstrap().resamples());
        root.put("seed", data.options().bootstrap().seed());
        ArrayNode pts = root.putArray("points");
        for (CrossoverPoint p : r.points()) {
            ObjectNode n = pts.addObject();
            n.put("model", p.model());
            num(n, "params", p.params());
            n.put("size_source", data.sizes().get(p.model()) == null ? "" : data.sizes().get(p.model()).source().id());
            num(n, "a", p.a());
            num(n, "b", p.b());
            num(n, "ratio", p.ratio());
        }
        ScalingCliSupport.powerLaw(root.putObject("fit_a"), r.fitA());
        ScalingCliSupport.powerLaw(root.putObject("fit_b"), r.fitB());
        ScalingCliSupport.dataNotes(root, data);
        ArrayNode notes = (ArrayNode) root.get("notes");
        r.notes().forEach(notes::add);
        return root;
    }

    private static void print(CrossoverResult r, ScalingData data, PrintWriter out) {
        out.printf("%s / %s, %s, %s (%s)%n", r.backendA(), r.backendB(), r.mode(), r.metric(),
                data.options().aggregation().id());
        out.printf("%-22s %10s %12s %12s %8s%n", "model", "params", "A", "B", "A/B");
        for (CrossoverPoint p : r.points()) {
            out.printf("%-22s %10s %12s %12s %8s%n", p.model(), size(p.params()), g(p.a()), g(p.b()), g(p.ratio()));
        }
        out.printf("crossover (%s): %s  95%% CI [%s, %s]  slope %s  R² %s  %s measured range %s–%s%n",
                r.method().id(), size(r.crossoverParams()), size(r.ci().lo()), size(r.ci().hi()), g(r.slope()),
                g(r.r2()), r.inRange() ? "inside" : "OUTSIDE", size(r.minParams()), size(r.maxParams()));
        r.notes().forEach(n -> out.println("  note: " + n));
        data.notes().forEach(n -> out.println("  note: " + n));
    }
}
