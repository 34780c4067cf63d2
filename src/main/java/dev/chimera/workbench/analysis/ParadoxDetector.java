package dev.chimera.workbench.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds pairs of groups whose ordering by mean differs from their ordering by median (the TR117 "compile
 * paradox") and the samples that drive it: the largest samples of the group whose mean is inflated, taken
 * from the top until its mean no longer exceeds the other group's mean (at most {@link #MAX_DRIVERS} or 5 %
 * of the group).
 */
public final class ParadoxDetector {
    /** Upper bound on the samples named as drivers. */
    public static final int MAX_DRIVERS = 20;

    private ParadoxDetector() {
    }

    /** A labelled group of samples with provenance. */
    public record Group(String label, List<Sample> samples) {
        public Group {
            samples = List.copyOf(samples);
        }
    }

    /**
     * One discordant pair.
     *
     * @param inflated           the group with the higher mean but the lower median
     * @param other              the other group
     * @param drivers            the inflated group's largest samples, largest first
     * @param meanWithoutDrivers the inflated group's mean without them
     * @param resolved           true when dropping the drivers brings the mean ordering in line with the median
     */
    public record Finding(String inflated, String other, double inflatedMean, double otherMean,
                          double inflatedMedian, double otherMedian, List<Sample> drivers,
                          double meanWithoutDrivers, boolean resolved) {
        public Finding {
            drivers = List.copyOf(drivers);
        }

        public String message() {
            return String.format(Locale.ROOT, "ordering by mean (%s %.3f > %s %.3f) differs from ordering by median "
                    + "(%s %.3f < %s %.3f); the %d largest sample(s) of %s drive its mean: without them it is %.3f%s",
                    inflated, inflatedMean, other, otherMean, inflated, inflatedMedian, other, otherMedian,
                    drivers.size(), inflated, meanWithoutDrivers,
                    resolved ? "" : " (still above; more samples are involved)");
        }
    }

    public static List<Finding> detect(List<Group> groups) {
        List<Finding> out = new ArrayList<>();
        int k = groups.size();
        double[] mean = new double[k];
        double[] median = new double[k];
        for (int i = 0; i < k; i++) {
            double[] v = Sample.values(groups.get(i).samples());
            mean[i] = v.length == 0 ? Double.NaN : Bootstrap.mean(v);
            median[i] = v.length == 0 ? Double.NaN : Stats.percentile(v, 50, PercentileMethod.LINEAR);
        }
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                double dm = mean[i] - mean[j];
                double dmed = median[i] - median[j];
                if (Double.isNaN(dm) || Double.isNaN(dmed) || dm == 0 || dmed == 0 || (dm > 0) == (dmed > 0)) {
                    continue;
                }
                int hi = dm > 0 ? i : j;
                int lo = hi == i ? j : i;
                out.add(drivers(groups.get(hi), groups.get(lo).label(), mean[hi], mean[lo], median[hi], median[lo]));
            }
        }
        return out;
    }

    private static Finding drivers(Group g, String other, double mean, double otherMean, double median,
                                   double otherMedian) {
        List<Sample> byValue = new ArrayList<>(g.samples());
        byValue.sort(Comparator.comparingDouble(Sample::value).reversed().thenComparingInt(Sample::row));
        int n = byValue.size();
        int cap = Math.max(1, Math.min(MAX_DRIVERS, (int) Math.ceil(0.05 * n)));
        double sum = mean * n;
        List<Sample> drivers = new ArrayList<>();
        double without = mean;
        for (Sample s : byValue) {
            if (without <= otherMean || drivers.size() >= cap || drivers.size() >= n - 1) {
                break;
            }
            drivers.add(s);
            sum -= s.value();
            without = sum / (n - drivers.size());
        }
        return new Finding(g.label(), other, mean, otherMean, median, otherMedian, drivers, without,
                without <= otherMean);
    }
}
