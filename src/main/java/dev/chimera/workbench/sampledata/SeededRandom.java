package dev.chimera.workbench.sampledata;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded draws that are identical on every JVM: SplittableRandom's fixed {@code nextDouble} algorithm and
 * StrictMath only (the JDK's own nextGaussian and Math.log may differ between releases or CPUs).
 */
public final class SeededRandom {
    private final SplittableRandom random;

    public SeededRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public double uniform() {
        return random.nextDouble();
    }

    public double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Standard normal by Box-Muller, one value per call. */
    public double normal() {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    public double normal(double mean, double sd) {
        return mean + sd * normal();
    }

    /** Lognormal noise around a median (sigma on the log scale). */
    public double lognormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * normal());
    }

    /**
     * n lognormal values at the stratified quantiles (i + 0.5) / n, shuffled: medians and spreads land on the
     * target even for the small n of a benchmark file, yet the order looks random.
     */
    public List<Double> stratifiedLognormal(int n, double median, double sigma) {
        List<Double> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double z = Gaussian.inverseCdf((i + 0.5) / n);
            values.add(median * StrictMath.exp(sigma * z));
        }
        shuffle(values);
        return values;
    }

    public <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }

    /** Deterministic lowercase hex of the given length (fake git SHAs and hashes). */
    public String hex(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(Character.forDigit(random.nextInt(16), 16));
        }
        return sb.toString();
    }
}
