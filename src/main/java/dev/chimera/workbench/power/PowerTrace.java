package dev.chimera.workbench.power;

import java.util.Arrays;

/**
 * One power trace: the valid samples of one source file and GPU, ascending in time. Times are seconds from the
 * trace's first sample (the canonical {@code t_s} axis, which event windows of the same folder share); each
 * sample keeps its source line and its original clock text (e.g. nvidia-smi's local timestamp) where the
 * format has one. Samples with read_ok=false, a missing time or a missing power value are not in the arrays
 * but counted. Immutable: accessors return copies.
 */
public final class PowerTrace {
    private final String sourceFile;
    private final String gpu;
    private final String format;
    private final double[] t;
    private final double[] power;
    private final double[] util;
    private final double[] temp;
    private final double[] smClock;
    private final int[] lines;
    private final String[] clock;
    private final int readErrors;
    private final int missingPower;
    private final int missingTime;

    PowerTrace(String sourceFile, String gpu, String format, double[] t, double[] power, double[] util,
               double[] temp, double[] smClock, int[] lines, String[] clock, int readErrors, int missingPower,
               int missingTime) {
        this.sourceFile = sourceFile;
        this.gpu = gpu;
        this.format = format;
        this.t = t;
        this.power = power;
        this.util = util;
        this.temp = temp;
        this.smClock = smClock;
        this.lines = lines;
        this.clock = clock;
        this.readErrors = readErrors;
        this.missingPower = missingPower;
        this.missingTime = missingTime;
    }

    /** A trace built from plain arrays (tests, synthetic data): no utilisation, temperature or clock. */
    public static PowerTrace of(String name, double[] t, double[] powerW) {
        double[] nan = new double[t.length];
        Arrays.fill(nan, Double.NaN);
        return new PowerTrace(name, "0", "", t.clone(), powerW.clone(), nan, nan.clone(), nan.clone(),
                new int[t.length], new String[t.length], 0, 0, 0);
    }

    /** Same as {@link #of} with utilisation and temperature. */
    public static PowerTrace of(String name, double[] t, double[] powerW, double[] utilPct, double[] tempC) {
        double[] nan = new double[t.length];
        Arrays.fill(nan, Double.NaN);
        return new PowerTrace(name, "0", "", t.clone(), powerW.clone(), utilPct.clone(), tempC.clone(), nan,
                new int[t.length], new String[t.length], 0, 0, 0);
    }

    public String sourceFile() {
        return sourceFile;
    }

    public String gpu() {
        return gpu;
    }

    public String format() {
        return format;
    }

    /** Folder of the source file ("" at the root): events of the same folder share the time axis. */
    public String folder() {
        int slash = sourceFile.lastIndexOf('/');
        return slash < 0 ? "" : sourceFile.substring(0, slash);
    }

    public int size() {
        return t.length;
    }

    public double t(int i) {
        return t[i];
    }

    public double powerW(int i) {
        return power[i];
    }

    public double utilPct(int i) {
        return util[i];
    }

    public double tempC(int i) {
        return temp[i];
    }

    public double smClockMhz(int i) {
        return smClock[i];
    }

    public int sourceLine(int i) {
        return lines[i];
    }

    /** The sample's clock as the source wrote it (null when the format has no separate clock text). */
    public String originalClock(int i) {
        return clock[i];
    }

    public double[] times() {
        return t.clone();
    }

    /**
     * Hands the trace's own time and power arrays (not copies) to {@code view}, for a long-lived read-only view such
     * as a decimation pyramid: a 10 M-sample trace would otherwise be held twice (160 MB). The view must never
     * write to them.
     */
    public <R> R readOnlyView(java.util.function.BiFunction<double[], double[], R> view) {
        return view.apply(t, power);
    }

    public double[] powers() {
        return power.clone();
    }

    /** A copy of the powers of samples {@code [from, to)}: cheaper than {@link #powers()} for a part of the trace. */
    public double[] powers(int from, int to) {
        return java.util.Arrays.copyOfRange(power, from, to);
    }

    public double[] utils() {
        return util.clone();
    }

    public double[] temps() {
        return temp.clone();
    }

    public double[] smClocks() {
        return smClock.clone();
    }

    /** Samples the source marked as failed reads (read_ok=false); excluded. */
    public int readErrors() {
        return readErrors;
    }

    /** Samples without a power value (not-available cells); excluded. */
    public int missingPower() {
        return missingPower;
    }

    /** Samples without a usable time; excluded. */
    public int missingTime() {
        return missingTime;
    }

    public double durationS() {
        return t.length < 2 ? 0 : t[t.length - 1] - t[0];
    }

    public String label() {
        return sourceFile + (gpu.isEmpty() ? "" : " [gpu " + gpu + "]");
    }
}
