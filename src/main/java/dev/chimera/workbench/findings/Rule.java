package dev.chimera.workbench.findings;

/**
 * The decision rule of a finding: the measured value must lie in [lo, hi] (either bound may be infinite), with
 * at least {@code minN} observations. {@code expected} is the report's value the measured one is compared with.
 */
public record Rule(double expected, double lo, double hi, int minN, String unit, String text) {

    public boolean accepts(double measured) {
        return measured >= lo && measured <= hi;
    }
}
