package dev.chimera.workbench.analysis.compare;

/**
 * One tool aggregate next to ours.
 *
 * @param sourceFile  file holding the tool's aggregate
 * @param line        its line
 * @param group       what the aggregate is about (backend / model / scenario / mode / run label), readable
 * @param metric      the tool's metric name
 * @param statistic   mean, std, p99 ...
 * @param unit        unit of both values
 * @param theirs      the tool's number
 * @param ours        our number, default way (linear percentiles, sample std, ok rows, every sample)
 * @param oursToolWay our number computed the way that reproduces theirs (NaN when none does)
 * @param n           samples behind {@code ours}
 * @param rawFrom     where our raw rows came from (a file or a folder)
 * @param verdict     match / explained / unexplained
 * @param explanation what differs, in words
 */
public record ComparisonRow(String sourceFile, long line, String group, String metric, String statistic, String unit,
                            double theirs, double ours, double oursToolWay, int n, String rawFrom, Verdict verdict,
                            String explanation) {
}
