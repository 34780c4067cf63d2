package dev.chimera.workbench.analysis;

import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Two groups of samples compared the distribution way: differences (B − A) of medians and p99 with bootstrap
 * CIs, the mean difference for reference, a Mann–Whitney U test, the rank-biserial effect size (= Cliff's
 * delta of B versus A), what else differs between the groups, and any mean/median paradox.
 */
public record GroupComparison(String metric, String byColumn, String labelA, String labelB, Stats a, Stats b,
                              Interval medianDiff, Interval p99Diff, double meanDiff, MannWhitney mannWhitney,
                              Comparability comparability, List<ParadoxDetector.Finding> paradoxes,
                              SampleFilter filter, Bootstrap bootstrap) {

    public GroupComparison {
        paradoxes = List.copyOf(paradoxes);
    }

    /** From two samples, without the runs-table context (no comparability check, no provenance). */
    public static GroupComparison of(String labelA, double[] a, String labelB, double[] b, Bootstrap bootstrap,
                                     PercentileMethod method) {
        return build("", "", labelA, a, labelB, b, bootstrap, method,
                new Comparability(List.of(), List.of("no row context: nothing compared")), List.of(),
                SampleFilter.defaults());
    }

    /** Rows where {@code byColumn} equals {@code valueA} versus rows where it equals {@code valueB}. */
    public static GroupComparison of(Table runs, String metric, String byColumn, String valueA, String valueB,
                                     SampleFilter filter, Bootstrap bootstrap, PercentileMethod method) {
        Map<String, List<Sample>> groups = SampleCollector.byValue(runs, metric, byColumn, filter);
        List<Sample> sa = groups.get(valueA);
        List<Sample> sb = groups.get(valueB);
        if (sa == null || sb == null) {
            throw new IllegalArgumentException("no selected samples with " + byColumn + " = '"
                    + (sa == null ? valueA : valueB) + "' (values: " + String.join(", ", groups.keySet()) + ")");
        }
        List<ParadoxDetector.Finding> paradox = ParadoxDetector.detect(
                List.of(new ParadoxDetector.Group(valueA, sa), new ParadoxDetector.Group(valueB, sb)));
        return build(metric, byColumn, valueA, Sample.values(sa), valueB, Sample.values(sb), bootstrap, method,
                Comparability.of(runs, sa, sb, byColumn), paradox, filter);
    }

    private static GroupComparison build(String metric, String by, String la, double[] a, String lb, double[] b,
                                         Bootstrap boot, PercentileMethod method, Comparability comp,
                                         List<ParadoxDetector.Finding> paradox, SampleFilter filter) {
        Stats sa = Stats.of(a, method);
        Stats sb = Stats.of(b, method);
        return new GroupComparison(metric, by, la, lb, sa, sb,
                boot.ciDifference(a, b, Bootstrap.percentile(50, method)),
                boot.ciDifference(a, b, Bootstrap.percentile(99, method)), sb.mean() - sa.mean(),
                MannWhitney.test(a, b), comp, paradox, filter, boot);
    }
}
