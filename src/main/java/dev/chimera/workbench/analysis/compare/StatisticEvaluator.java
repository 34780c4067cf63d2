package dev.chimera.workbench.analysis.compare;

import dev.chimera.workbench.analysis.PercentileMethod;
import java.math.BigDecimal;
import java.util.Locale;

/** Evaluates a named statistic (mean, std, min, max, median, pNN, n) over sorted samples. */
final class StatisticEvaluator {
    private StatisticEvaluator() {
    }

    /** True for statistics this comparison understands. */
    static boolean supported(String statistic) {
        return level(statistic) >= 0 || switch (statistic) {
            case "mean", "std", "min", "max", "n", "count" -> true;
            default -> false;
        };
    }

    static boolean isPercentile(String statistic) {
        return level(statistic) >= 0;
    }

    static boolean isStd(String statistic) {
        return statistic.equals("std");
    }

    /** The percentile level 0–1 of "median", "p50", "p99.9"; −1 when not a percentile. */
    static double level(String statistic) {
        String s = statistic.toLowerCase(Locale.ROOT);
        if (s.equals("median")) {
            return 0.5;
        }
        if (s.matches("p\\d+(\\.\\d+)?")) {
            double p = Double.parseDouble(s.substring(1)) / 100.0;
            return p <= 1 ? p : -1;
        }
        return -1;
    }

    static double evaluate(String statistic, double[] sorted, PercentileMethod method, boolean populationStd) {
        int n = sorted.length;
        if (statistic.equals("n") || statistic.equals("count")) {
            return n;
        }
        if (n == 0) {
            return Double.NaN;
        }
        double lv = level(statistic);
        if (lv >= 0) {
            return method.of(sorted, n, lv);
        }
        switch (statistic) {
            case "min":
                return sorted[0];
            case "max":
                return sorted[n - 1];
            case "mean":
                return mean(sorted);
            case "std":
                if (n < 2 && !populationStd) {
                    return Double.NaN;
                }
                double m = mean(sorted);
                double ss = 0;
                for (double v : sorted) {
                    ss += (v - m) * (v - m);
                }
                return Math.sqrt(ss / (populationStd ? n : n - 1));
            default:
                return Double.NaN;
        }
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /**
     * Equal within the precision the tool printed: a value written with few decimals (2-decimal CSVs) may
     * differ by half its last digit; otherwise the relative difference must be below 1e-6.
     */
    static boolean sameWithinPrinted(double theirs, double ours) {
        if (Double.isNaN(theirs) || Double.isNaN(ours)) {
            return false;
        }
        double diff = Math.abs(theirs - ours);
        if (diff <= 1e-6 * Math.max(Math.abs(theirs), Math.abs(ours)) || diff < 1e-12) {
            return true;
        }
        // Only a value with 1-4 decimals can have been rounded for printing; a whole number such as 9.0 is
        // taken as exact (a nearest-rank percentile, a count).
        int scale = BigDecimal.valueOf(theirs).stripTrailingZeros().scale();
        return scale >= 1 && scale <= 4 && diff <= 0.5 * Math.pow(10, -scale) + 1e-12;
    }
}
