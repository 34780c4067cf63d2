package dev.chimera.workbench.cli;

import static dev.chimera.workbench.cli.ScalingCliSupport.g;
import static dev.chimera.workbench.cli.ScalingCliSupport.num;
import static dev.chimera.workbench.cli.ScalingCliSupport.size;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.analysis.scaling.Aggregation;
import dev.chimera.workbench.analysis.scaling.ModelPoint;
import dev.chimera.workbench.analysis.scaling.ModelRegistry;
import dev.chimera.workbench.analysis.scaling.MultivariateFit;
import dev.chimera.workbench.analysis.scaling.ScalingAnalysis;
import dev.chimera.workbench.analysis.scaling.ScalingFit;
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

/** {@code scaling <folder>}: power-law fits of a metric against params per backend × mode. */
@Command(name = "scaling", mixinStandardHelpOptions = true,
        description = {"Power-law fits of a metric against model size per backend x mode: per model the metric",
            "aggregated over its samples (warmups and failed rows out), ln(value) = a + slope·ln(params) with",
            "R², seeded bootstrap CI of the slope over models (needs >= 3) and the fit gate (actionable only if",
            "R² >= 0.2 and the CI excludes 0). --multivariate adds TR121's ln(value) = α + β·ln(params_M) +",
            "γ·ln(n_layer) where depths are known. Point it at one run folder: several runs are pooled."})
final class ScalingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<folder>", description = "result folder (one run)")
    Path folder;

    @Option(names = "--metric", defaultValue = "latency_ms", description = "latency_ms, tokens_per_s, usd_per_1m_tokens (on-demand 1.006 USD/h) or a numeric "
            + "runs column (default: ${DEFAULT-VALUE})")
    String metric;

    @Option(names = "--aggregate", defaultValue = "geomean-of-scenario-medians",
            description = "geomean-of-scenario-medians (TR121), mean-of-scenario-means (TR118), median "
                    + "(default: ${DEFAULT-VALUE})")
    String aggregate;

    @Option(names = "--multivariate", description = "add the depth-vs-params fit")
    boolean multivariate;

    @Mixin
    FitOptions fit = new FitOptions();

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Aggregation agg;
        try {
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
        ScalingAnalysis.Result r;
        try {
            r = ScalingAnalysis.analyze(ds.table(CanonicalTable.RUNS), ScalingOptions
                    .defaults(ScalingMetric.parse(metric), agg).withRegistry(reg)
                    .withBootstrap(fit.bootstrap()), multivariate);
        } catch (IllegalArgumentException e) {
            err.println("chimera-workbench: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ScalingCliSupport.write(toJson(r)));
        } else {
            print(r, out);
        }
        return ExitCodes.OK;
    }

    static ObjectNode toJson(ScalingAnalysis.Result r) {
        ObjectNode root = ScalingCliSupport.JSON.createObjectNode();
        root.put("metric", r.data().options().metric().name());
        root.put("aggregation", r.data().options().aggregation().id());
        root.put("bootstrap_draws", r.data().options().bootstrap().resamples());
        root.put("seed", r.data().options().bootstrap().seed());
        ArrayNode fits = root.putArray("fits");
        for (ScalingFit f : r.fits()) {
            ObjectNode n = fits.addObject();
            n.put("backend", f.series().backend());
            n.put("mode", f.series().mode());
            n.put("n_models", f.points().size());
            ScalingCliSupport.powerLaw(n, f.fit());
            ArrayNode pts = n.putArray("points");
            for (ModelPoint p : f.points()) {
                ObjectNode q = pts.addObject();
                q.put("model", p.model());
                num(q, "params", p.params());
                num(q, "value", p.value());
                q.put("samples", p.samples());
                q.put("scenarios", p.scenarios());
                q.put("size_source", p.sizeSource().id());
            }
        }
        ArrayNode multi = root.putArray("multivariate");
        for (MultivariateFit m : r.multivariate()) {
            ObjectNode n = multi.addObject();
            n.put("backend", m.series().backend());
            n.put("mode", m.series().mode());
            num(n, "alpha", m.alpha());
            num(n, "beta_ln_params_m", m.beta());
            num(n, "gamma_ln_n_layer", m.gamma());
            num(n, "r2", m.r2());
            num(n, "gamma_over_abs_beta", m.depthToParamsRatio());
            n.put("n", m.n());
            ArrayNode without = n.putArray("without_depth");
            m.withoutDepth().forEach(without::add);
        }
        ScalingCliSupport.dataNotes(root, r.data());
        return root;
    }

    private static void print(ScalingAnalysis.Result r, PrintWriter out) {
        out.printf("%s vs params (%s)%n", r.data().options().metric().name(), r.data().options().aggregation().id());
        out.printf("%-24s %-10s %3s %9s %7s %22s %-10s %s%n", "backend", "mode", "n", "slope", "R²", "slope 95% CI",
                "gate", "range");
        for (ScalingFit f : r.fits()) {
            if (f.fit() == null) {
                out.printf("%-24s %-10s %3d  (fewer than two sizes)%n", f.series().backend(), f.series().mode(),
                        f.points().size());
                continue;
            }
            String ci = f.fit().slopeCi().isDefined()
                    ? "[" + g(f.fit().slopeCi().lo()) + ", " + g(f.fit().slopeCi().hi()) + "]" : "-";
            out.printf("%-24s %-10s %3d %9s %7s %22s %-10s %s–%s%n", f.series().backend(), f.series().mode(),
                    f.points().size(), g(f.fit().slope()), g(f.fit().r2()), ci,
                    f.fit().gate().actionable() ? "actionable" : "not", size(f.fit().minParams()),
                    size(f.fit().maxParams()));
        }
        for (MultivariateFit m : r.multivariate()) {
            out.printf("multivariate %s / %s: ln(v) = %s + %s·ln(params_M) + %s·ln(n_layer), R² %s, γ/|β| %s, n %d%n",
                    m.series().backend(), m.series().mode(), g(m.alpha()), g(m.beta()), g(m.gamma()), g(m.r2()),
                    g(m.depthToParamsRatio()), m.n());
        }
        if (!r.data().unknownSizes().isEmpty()) {
            out.println("size unknown (left out): " + String.join(", ", r.data().unknownSizes()));
        }
        r.data().notes().forEach(n -> out.println("  note: " + n));
    }
}
