package dev.chimera.workbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.analysis.compare.AggregateComparator;
import dev.chimera.workbench.analysis.compare.ComparisonReport;
import dev.chimera.workbench.analysis.compare.ComparisonRow;
import dev.chimera.workbench.analysis.compare.Verdict;
import dev.chimera.workbench.model.Dataset;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compare <folder>}: every tool aggregate next to ours computed from the raw rows, differences explained. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Put each producer's own aggregates (summaries table) next to the same statistic computed",
            "from the raw rows it summarises, and explain each difference: percentile method, population vs",
            "sample std, failed rows or warmups counted, per-run means, pooled ITL, seconds vs ms."})
final class CompareCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<folder>", description = "result folder (or single file)")
    Path folder;

    @Option(names = "--verdict", paramLabel = "<v>", split = ",",
            description = "only rows with these verdicts: match, explained, unexplained, not-checkable")
    List<String> verdicts = List.of();

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Dataset dataset = DatasetLoading.load(folder, spec.commandLine().getErr());
        if (dataset == null) {
            return ExitCodes.FAILURE;
        }
        ComparisonReport report = AggregateComparator.compare(dataset);
        List<ComparisonRow> rows = report.rows().stream()
                .filter(r -> verdicts.isEmpty() || verdicts.contains(r.verdict().name().toLowerCase(Locale.ROOT))
                        || verdicts.contains(r.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-')))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = JSON.createObjectNode();
            root.put("match", report.count(Verdict.MATCH));
            root.put("explained", report.count(Verdict.EXPLAINED));
            root.put("unexplained", report.count(Verdict.UNEXPLAINED));
            root.put("notCheckable", report.count(Verdict.NOT_CHECKABLE));
            root.put("notComparable", report.notComparable());
            var arr = root.putArray("rows");
            for (ComparisonRow r : rows) {
                ObjectNode n = arr.addObject();
                n.put("file", r.sourceFile());
                n.put("line", r.line());
                n.put("group", r.group());
                n.put("metric", r.metric());
                n.put("statistic", r.statistic());
                n.put("unit", r.unit());
                num(n, "theirs", r.theirs());
                num(n, "ours", r.ours());
                num(n, "oursToolWay", r.oursToolWay());
                n.put("n", r.n());
                n.put("rawFrom", r.rawFrom());
                n.put("verdict", r.verdict().name().toLowerCase(Locale.ROOT));
                n.put("explanation", r.explanation());
            }
            out.println(JSON.writeValueAsString(root));
        } else {
            List<List<String>> table = new ArrayList<>();
            for (ComparisonRow r : rows) {
                table.add(List.of(r.sourceFile(), r.group(), r.metric(), r.statistic(), SummaryReport.fmt(r.theirs()),
                        SummaryReport.fmt(r.ours()), SummaryReport.fmt(r.oursToolWay()), Integer.toString(r.n()),
                        r.verdict().name().toLowerCase(Locale.ROOT), r.explanation()));
            }
            TextTable.print(out, List.of("FILE", "GROUP", "METRIC", "STAT", "THEIRS", "OURS", "OURS(TOOL WAY)", "N",
                    "VERDICT", "EXPLANATION"), table);
            out.printf(Locale.ROOT, "%d match, %d explained, %d unexplained, %d not checkable; %d aggregates "
                    + "without raw rows to compare%n", report.count(Verdict.MATCH),
                    report.count(Verdict.EXPLAINED), report.count(Verdict.UNEXPLAINED),
                    report.count(Verdict.NOT_CHECKABLE), report.notComparable());
        }
        return ExitCodes.OK;
    }

    private static void num(ObjectNode n, String f, double v) {
        if (Double.isFinite(v)) {
            n.put(f, v);
        } else {
            n.putNull(f);
        }
    }
}
