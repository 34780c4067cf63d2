package dev.chimera.workbench.cli;

import static dev.chimera.workbench.cli.ScalingCliSupport.num;
import static dev.chimera.workbench.cli.ScalingCliSupport.size;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.analysis.scaling.Aggregation;
import dev.chimera.workbench.analysis.scaling.ModelRegistry;
import dev.chimera.workbench.analysis.scaling.ModelSizes;
import dev.chimera.workbench.analysis.scaling.ScalingData;
import dev.chimera.workbench.analysis.scaling.ScalingMetric;
import dev.chimera.workbench.analysis.scaling.ScalingOptions;
import dev.chimera.workbench.analysis.scaling.SeriesKey;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.regime.Agreement;
import dev.chimera.workbench.regime.MatrixAdvice;
import dev.chimera.workbench.regime.RegimeAdvisor;
import dev.chimera.workbench.regime.RegimeInputs;
import dev.chimera.workbench.regime.RegimeMatrix;
import dev.chimera.workbench.regime.RegimeMatrixLoader;
import dev.chimera.workbench.regime.TreeWalk;
import dev.chimera.workbench.regime.YourRegime;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tech.tablesaw.api.Table;

/** {@code regime [<folder>] --size 76M}: what the regime matrices recommend, and what the data says. */
@Command(name = "regime", mixinStandardHelpOptions = true,
        description = {"What the regime matrices recommend at a model size: per matrix the row, the path through",
            "each decision tree and the recommendation (built-in: the seed's size tiers, marked as not the",
            "Conclusive's, and the Conclusive's workload matrix with its policy trees; add your own with",
            "--matrix). With a folder, also the data's winning backend at that size per metric and mode,",
            "labelled measured (a model within ±15 % was run), interpolated or extrapolated, the sizes where",
            "the data's winner changes, and whether it agrees with each matrix."})
final class RegimeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<folder>", description = "result folder (optional)")
    Path folder;

    @Option(names = "--size", required = true, description = "model size: 76M, 1.5B, 102714")
    String sizeText;

    @Option(names = "--gpu", description = "yes | no")
    String gpu;

    @Option(names = "--objective", description = "cost | latency | balanced")
    String objective;

    @Option(names = "--workload", description = "prefill | decode | mixed")
    String workload;

    @Option(names = "--answer", paramLabel = "<key=value>", description = "answer to another tree question, e.g. "
            + "compiler_evidence=yes, shapes=stable, warmup_over_budget=no, heterogeneous=no (repeatable)")
    java.util.Map<String, String> extraAnswers = new java.util.LinkedHashMap<>();

    @Option(names = "--matrix", paramLabel = "<file>", description = "additional regime matrix JSON (repeatable)")
    List<Path> matrices = new ArrayList<>();

    @Option(names = "--registry", paramLabel = "<file>", description = "model registry JSON overriding the built-in")
    Path registry;

    @Option(names = "--aggregate", defaultValue = "geomean-of-scenario-medians",
            description = "per-model aggregation of the data (default: ${DEFAULT-VALUE})")
    String aggregate;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        double params;
        Aggregation agg;
        try {
            params = ModelSizes.parse(sizeText);
            agg = Aggregation.parse(aggregate);
            check("gpu", gpu, Set.of("yes", "no"));
            check("objective", objective, Set.of("cost", "latency", "balanced"));
            check("workload", workload, Set.of("prefill", "decode", "mixed"));
        } catch (IllegalArgumentException e) {
            err.println("chimera-workbench: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<RegimeMatrix> all = new ArrayList<>(RegimeMatrixLoader.builtIns());
        for (Path p : matrices) {
            try {
                all.add(RegimeMatrixLoader.load(p));
            } catch (IOException e) {
                err.println("chimera-workbench: could not read matrix " + p + ": " + e.getMessage());
                return ExitCodes.FAILURE;
            } catch (IllegalArgumentException e) {
                err.println("chimera-workbench: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
        }
        RegimeInputs base = RegimeInputs.of(params, gpu, objective, workload);
        java.util.Map<String, String> answers = new java.util.LinkedHashMap<>(base.answers());
        extraAnswers.forEach((k, v) -> answers.put(k.trim(), v.trim().toLowerCase(java.util.Locale.ROOT)));
        RegimeInputs in = new RegimeInputs(params, java.util.Map.copyOf(answers));
        List<MatrixAdvice> advice = new RegimeAdvisor(all).advise(in);
        List<YourRegime> yours = List.of();
        if (folder != null) {
            ModelRegistry reg = ScalingCliSupport.registry(registry, err);
            Dataset ds = reg == null ? null : DatasetLoading.load(folder, err);
            if (ds == null) {
                return ExitCodes.FAILURE;
            }
            yours = yourRegimes(ds.table(CanonicalTable.RUNS), agg, reg);
        }
        ObjectNode root = toJson(in, advice, yours);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(ScalingCliSupport.write(root));
        } else {
            print(in, advice, yours, out);
        }
        return ExitCodes.OK;
    }

    private static void check(String name, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("--" + name + " must be one of " + allowed + ", got '" + value + "'");
        }
    }

    /** One YourRegime per metric (latency, throughput; those the data has) and mode. */
    static List<YourRegime> yourRegimes(Table runs, Aggregation agg, ModelRegistry reg) {
        List<YourRegime> out = new ArrayList<>();
        for (ScalingMetric m : List.of(ScalingMetric.LATENCY, ScalingMetric.THROUGHPUT)) {
            if (!runs.columnNames().contains(m.column())) {
                continue;
            }
            ScalingData data = ScalingData.collect(runs, ScalingOptions.defaults(m, agg).withRegistry(reg));
            Set<String> modes = new LinkedHashSet<>();
            for (SeriesKey k : data.series().keySet()) {
                modes.add(k.mode());
            }
            for (String mode : modes) {
                out.add(YourRegime.of(data, mode));
            }
        }
        return out;
    }

    static ObjectNode toJson(RegimeInputs in, List<MatrixAdvice> advice, List<YourRegime> yours) {
        ObjectNode root = ScalingCliSupport.JSON.createObjectNode();
        ObjectNode inputs = root.putObject("inputs");
        num(inputs, "params", in.params());
        in.answers().forEach(inputs::put);
        ArrayNode ms = root.putArray("matrices");
        for (MatrixAdvice a : advice) {
            ObjectNode n = ms.addObject();
            n.put("id", a.matrix().id());
            n.put("title", a.matrix().title());
            n.put("conclusive", a.matrix().conclusive());
            n.put("provenance", a.matrix().provenance());
            if (a.row() == null) {
                n.putNull("row");
            } else {
                ObjectNode row = n.putObject("row");
                row.put("id", a.row().id());
                row.put("label", a.row().label());
                a.row().cells().forEach(row::put);
                if (a.row().trigger() != null) {
                    row.put("trigger", a.row().trigger().text());
                }
            }
            ArrayNode trees = n.putArray("trees");
            for (TreeWalk w : a.walks()) {
                ObjectNode t = trees.addObject();
                t.put("id", w.treeId());
                ArrayNode path = t.putArray("path");
                for (TreeWalk.Step s : w.steps()) {
                    path.addObject().put("ask", s.ask()).put("answer", s.answer()).put("branch", s.branch());
                }
                if (w.complete()) {
                    t.put("recommendation", w.leaf().recommend());
                    t.put("basis", w.leaf().basis());
                    t.put("why", w.leaf().why());
                } else {
                    t.putNull("recommendation");
                    if (w.missingInput() != null) {
                        t.put("needs", w.missingInput());
                    }
                }
            }
            n.put("recommendation", a.recommendation());
            ArrayNode b = n.putArray("backends");
            a.backends().forEach(b::add);
        }
        ArrayNode data = root.putArray("your_data");
        for (YourRegime y : yours) {
            YourRegime.Answer ans = y.at(in.params());
            ObjectNode n = data.addObject();
            n.put("metric", y.metric().name());
            n.put("mode", y.mode());
            n.put("winner", ans.winner());
            num(n, "value", ans.value());
            n.put("label", ans.label().id());
            ArrayNode est = n.putArray("estimates");
            for (YourRegime.Estimate e : ans.estimates()) {
                ObjectNode q = est.addObject().put("backend", e.backend());
                num(q, "value", e.value());
                q.put("label", e.label().id());
                if (e.measuredModel() != null) {
                    q.put("model", e.measuredModel());
                }
            }
            ArrayNode bounds = n.putArray("boundaries");
            for (YourRegime.Boundary bd : y.boundaries()) {
                ObjectNode q = bounds.addObject();
                num(q, "params", bd.params());
                q.put("from", bd.from()).put("to", bd.to()).put("label", bd.label().id());
            }
            ObjectNode agreement = n.putObject("agreement");
            for (MatrixAdvice a : advice) {
                agreement.put(a.matrix().id(), agreement(a, ans, y));
            }
        }
        return root;
    }

    /** agrees / disagrees / not comparable (the matrix names no backend the data has). */
    static String agreement(MatrixAdvice a, YourRegime.Answer ans, YourRegime y) {
        return Agreement.of(a, ans, y).label();
    }

    private static String flag(String input) {
        return Set.of("gpu", "objective", "workload").contains(input) ? "--" + input : "--answer " + input + "=…";
    }

    private static void print(RegimeInputs in, List<MatrixAdvice> advice, List<YourRegime> yours, PrintWriter out) {
        out.println("size " + size(in.params()) + (in.answers().isEmpty() ? "" : " " + in.answers()));
        for (MatrixAdvice a : advice) {
            out.println();
            out.println(a.matrix().title() + (a.matrix().conclusive() ? "" : "  [not the Conclusive's matrix]"));
            out.println("  row: " + (a.row() == null ? "-" : a.row().label() + " " + a.row().cells()));
            for (TreeWalk w : a.walks()) {
                StringBuilder sb = new StringBuilder("  tree " + w.treeId() + ": ");
                for (TreeWalk.Step s : w.steps()) {
                    sb.append(s.ask()).append('=').append(s.answer()).append(" → ");
                }
                sb.append(w.complete() ? w.leaf().recommend() + " (" + w.leaf().basis() + ")"
                        : w.missingInput() != null ? "needs " + flag(w.missingInput()) : "no branch");
                out.println(sb);
            }
        }
        if (!yours.isEmpty()) {
            out.println();
            out.println("your data at " + size(in.params()) + ":");
            for (YourRegime y : yours) {
                YourRegime.Answer ans = y.at(in.params());
                StringBuilder sb = new StringBuilder();
                for (YourRegime.Boundary b : y.boundaries()) {
                    sb.append(' ').append(size(b.params())).append(' ').append(b.from()).append("→").append(b.to());
                }
                out.printf("  %-13s %-10s winner %-26s (%s)  winner changes at:%s%n", y.metric().name(), y.mode(),
                        ans.winner(), ans.label().id(), sb.length() == 0 ? " never" : sb.toString());
            }
        }
    }
}
