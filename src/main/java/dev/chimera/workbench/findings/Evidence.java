package dev.chimera.workbench.findings;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.SourceFile;
import java.util.ArrayList;
import java.util.List;

/** Builds results: the verdict rule shared by all checks and the files-used list. */
final class Evidence {
    private Evidence() {
    }

    /** The files holding rows of {@code tables}, each "path (N rows)". */
    static List<String> files(Dataset ds, CanonicalTable... tables) {
        List<String> out = new ArrayList<>();
        for (SourceFile f : ds.files()) {
            long rows = 0;
            for (CanonicalTable t : tables) {
                rows += f.rowsIn(t);
            }
            if (rows > 0) {
                out.add(f.path() + " (" + rows + " rows)");
            }
        }
        return out;
    }

    static FindingResult noData(Finding f, String missing) {
        return new FindingResult(f, Verdict.NO_DATA, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN,
                MISSING + missing + " (needs " + f.dataNeeded() + ")", List.of(), "");
    }

    private static final String MISSING = "missing: ";

    /** The "what is missing" part of a NO_DATA result's detail (the detail may start with "in scope (...): "). */
    static String missingReason(FindingResult r) {
        String d = r.detail();
        int at = d.indexOf(MISSING);
        String rest = at < 0 ? d : d.substring(at + MISSING.length());
        String needs = " (needs " + r.finding().dataNeeded() + ")";
        return rest.endsWith(needs) ? rest.substring(0, rest.length() - needs.length()) : rest;
    }

    /** Number of files of {@code ds} that added rows to any table. */
    static int resultFiles(Dataset ds) {
        int n = 0;
        for (SourceFile f : ds.files()) {
            for (CanonicalTable t : CanonicalTable.values()) {
                if (f.rowsIn(t) > 0) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** A result with an explicitly chosen verdict (checks whose rule is not a plain interval). */
    static FindingResult of(Finding f, Verdict v, double measured, double lo, double hi, int n, String detail,
                            List<String> files, String chart) {
        return new FindingResult(f, v, measured, lo, hi, n, ratio(f, measured), detail, files, chart);
    }

    static FindingResult inconclusive(Finding f, double measured, double lo, double hi, int n, String why,
                                      List<String> files, String chart) {
        return new FindingResult(f, Verdict.INCONCLUSIVE, measured, lo, hi, n, ratio(f, measured), why, files, chart);
    }

    /**
     * Applies the rule: inside → CONFIRMED; too few observations → INCONCLUSIVE; outside → CONTRADICTED for a
     * portable claim, INCONCLUSIVE with the yours-vs-theirs ratio for a hardware-specific number.
     */
    static FindingResult decide(Finding f, double measured, double lo, double hi, int n, String what,
                                List<String> files, String chart) {
        Rule r = f.rule();
        double ratio = ratio(f, measured);
        String unit = r.unit().isEmpty() ? "" : " " + r.unit();
        String base = what + ": measured " + fmt(measured) + unit + " (n=" + n + "); expected " + r.text();
        if (!Double.isFinite(measured)) {
            return inconclusive(f, measured, lo, hi, n, base + "; the computation gave no number", files, chart);
        }
        if (n < r.minN()) {
            return inconclusive(f, measured, lo, hi, n, base + "; n=" + n + " is below the minimum " + r.minN(),
                    files, chart);
        }
        if (r.accepts(measured)) {
            return new FindingResult(f, Verdict.CONFIRMED, measured, lo, hi, n, ratio, base + " — inside the rule",
                    files, chart);
        }
        if (f.kind() == FindingKind.HARDWARE_SPECIFIC) {
            return new FindingResult(f, Verdict.INCONCLUSIVE, measured, lo, hi, n, ratio, base
                    + " — outside the rule, but this is a reference number of the TR hardware (RTX 4080 Laptop):"
                    + " yours / theirs = " + fmt(ratio) + "x, a difference, not a contradiction", files, chart);
        }
        return new FindingResult(f, Verdict.CONTRADICTED, measured, lo, hi, n, ratio, base + " — outside the rule",
                files, chart);
    }

    static double ratio(Finding f, double measured) {
        double e = f.rule().expected();
        return e != 0 && Double.isFinite(measured) ? measured / e : Double.NaN;
    }

    static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        double a = Math.abs(v);
        if (a >= 1e6) {
            return String.format(java.util.Locale.ROOT, "%.1fM", v / 1e6);
        }
        return String.format(java.util.Locale.ROOT, a >= 100 ? "%.1f" : a >= 1 ? "%.3f" : "%.4g", v);
    }
}
