package dev.chimera.workbench.findings;

import java.util.List;

/**
 * The verdict on one finding with its evidence.
 *
 * @param measured the value the data gives (NaN when none)
 * @param ciLo     lower bound of the measured value's 95 % CI (NaN when the computation gives none)
 * @param n        observations behind the measured value (points, files, events, scenarios)
 * @param ratio    measured / expected: the "yours vs theirs" figure of hardware-specific numbers
 * @param files    the files used, each "path (rows)"
 * @param chart    the view that shows the evidence (crossover, coldstart, cost, power, scaling, regime)
 * @param scope    the run folder the verdict was computed on, relative to the opened folder ("." = the folder
 *                 itself; "" when no scope had the data, for a NO_DATA result over all of them)
 */
public record FindingResult(Finding finding, Verdict verdict, double measured, double ciLo, double ciHi, int n,
                            double ratio, String detail, List<String> files, String chart, String scope) {

    public FindingResult {
        files = List.copyOf(files);
        scope = scope == null ? "" : scope;
    }

    /** A result not yet tied to a scope. */
    public FindingResult(Finding finding, Verdict verdict, double measured, double ciLo, double ciHi, int n,
                         double ratio, String detail, List<String> files, String chart) {
        this(finding, verdict, measured, ciLo, ciHi, n, ratio, detail, files, chart, "");
    }

    public String id() {
        return finding.id();
    }

    public double expected() {
        return finding.rule().expected();
    }

    public FindingResult withScope(String s) {
        return new FindingResult(finding, verdict, measured, ciLo, ciHi, n, ratio, detail, files, chart, s);
    }

    public FindingResult withDetail(String d) {
        return new FindingResult(finding, verdict, measured, ciLo, ciHi, n, ratio, d, files, chart, scope);
    }
}
