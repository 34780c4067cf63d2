package dev.chimera.workbench.analysis;

/**
 * One selected value of a metric with where it came from, so a statistic can point at the rows behind it.
 *
 * @param value      the metric value
 * @param row        row index in the runs table
 * @param run        run_id, else source_file
 * @param sourceFile file the row came from
 * @param sourceLine 1-based line of the record (Integer.MIN_VALUE when unknown)
 * @param sampleIdx  position within its run (Integer.MIN_VALUE when unknown)
 */
public record Sample(double value, int row, String run, String sourceFile, int sourceLine, int sampleIdx) {

    public static double[] values(java.util.List<Sample> samples) {
        double[] v = new double[samples.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = samples.get(i).value();
        }
        return v;
    }
}
