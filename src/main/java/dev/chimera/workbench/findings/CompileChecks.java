package dev.chimera.workbench.findings;

import dev.chimera.workbench.analysis.ColdStart;
import dev.chimera.workbench.analysis.ColdStartEffect;
import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.Dataset;
import dev.chimera.workbench.model.RunColumns;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** TR117 / TR120 checks about the compile backend label, on ColdStart's per-backend statistics. */
final class CompileChecks {
    /** Extra runs columns the TR120 run.json reader writes from the run's {@code compile} object. */
    static final String COMPILE_BACKEND = "compile_backend";
    static final String COMPILE_FALLBACK = "compile_fallback";

    private CompileChecks() {
    }

    /**
     * TR117: the GPU-compile "baseline" 328.7 ms is the median (the mean is 389.2 ms). Measured: the median of
     * the backend's ok samples; the detail gives the mean beside it so a quoted figure can be placed.
     */
    static FindingResult medianVsMean(DatasetScope s, Finding f) {
        String backend = f.param("backend", "transformers-gpu-compile");
        Object report = RunChecks.coldStart(s);
        if (report instanceof String) {
            return Evidence.noData(f, (String) report);
        }
        ColdStartEffect e = null;
        for (String mode : f.param("modes", "").split(",")) {
            e = e != null ? e : effect((ColdStart.Report) report, backend, mode.trim());
        }
        if (e == null) {
            return Evidence.noData(f, "ok latency samples of " + backend + modeNote(f));
        }
        double quotedMean = Double.parseDouble(f.param("report_mean_ms", "389.2"));
        String mode = e.key().getOrDefault(RunColumns.MODE, "");
        String what = backend + (mode.isEmpty() ? "" : " " + mode) + " latency over ok samples (warmups and cold "
                + "starts kept, as TR117): median " + Evidence.fmt(e.medianMs()) + " ms, mean " + Evidence.fmt(e.meanMs())
                + " ms (mean / median " + Evidence.fmt(e.meanMs() / e.medianMs()) + "; TR117: 389.2 / 328.7 = "
                + Evidence.fmt(quotedMean / f.rule().expected()) + "). 328.7 ms is TR117's median, so compare "
                + "medians; the measured value is your median";
        return Evidence.decide(f, e.medianMs(), Double.NaN, Double.NaN, e.nTotalSamples(), what,
                Evidence.files(s.dataset(), CanonicalTable.RUNS), "coldstart");
    }

    /**
     * TR120 §2.5: a compile-labelled run counts as compiled only with compiler-real evidence. The loaded tables
     * keep compile.backend and the fallback fields (not the dynamo counters), so the test is backend =
     * inductor (param) and no fallback. Measured: the share of compile-labelled run files with that evidence.
     */
    static FindingResult compileReal(DatasetScope s, Finding f) {
        Dataset ds = s.dataset();
        Table runs = ds.table(CanonicalTable.RUNS);
        String label = f.param("label_contains", "compile");
        String real = f.param("compiler", "inductor");
        if (runs == null || runs.rowCount() == 0 || !runs.columnNames().contains(RunColumns.BACKEND)) {
            return Evidence.noData(f, "no run rows");
        }
        Column<?> backend = runs.column(RunColumns.BACKEND);
        Column<?> file = runs.column(RunColumns.SOURCE_FILE);
        Column<?> cb = runs.columnNames().contains(COMPILE_BACKEND) ? runs.column(COMPILE_BACKEND) : null;
        Column<?> fb = runs.columnNames().contains(COMPILE_FALLBACK) ? runs.column(COMPILE_FALLBACK) : null;
        Set<String> labelled = new HashSet<>();
        Set<String> withMeta = new HashSet<>();
        Set<String> notReal = new HashSet<>();
        for (int i = 0; i < runs.rowCount(); i++) {
            if (!backend.getString(i).contains(label)) {
                continue;
            }
            String src = file.getString(i);
            labelled.add(src);
            String b = cb == null ? "" : cb.getString(i);
            if (!b.isEmpty()) {
                withMeta.add(src);
            }
            if (!real.equals(b) || (fb != null && !fb.getString(i).isEmpty())) {
                notReal.add(src);
            }
        }
        if (labelled.isEmpty()) {
            return Evidence.noData(f, "no run whose backend label contains \"" + label + "\"");
        }
        List<String> files = Evidence.files(ds, CanonicalTable.RUNS);
        if (withMeta.isEmpty()) {
            return Evidence.inconclusive(f, Double.NaN, Double.NaN, Double.NaN, labelled.size(), labelled.size()
                    + " run files carry a \"" + label + "\" backend label but record no compile metadata "
                    + "(compile.backend, fallback): nothing shows a real compile, which is how TR117 looked; only "
                    + "the harness code (TR120 §3) or compiler-real evidence (TR120 §2.5) can settle it", files,
                    "coldstart");
        }
        int realFiles = labelled.size() - notReal.size();
        double share = (double) realFiles / labelled.size();
        String what = "share of the " + labelled.size() + " \"" + label + "\"-labelled run files with compiler-real "
                + "evidence (compile_backend = " + real + ", no fallback; dynamo counters are not loaded): "
                + realFiles + " of " + labelled.size();
        FindingResult r = Evidence.decide(f, share, Double.NaN, Double.NaN, labelled.size(), what, files, "coldstart");
        if (r.verdict() == Verdict.CONTRADICTED) {
            return r.withDetail(r.detail() + ": in these runs the label is backed by a real compile, unlike TR117's");
        }
        return r;
    }

    /**
     * TR120 §5.3: compiled KV decode is slower than eager (median 103.09 vs 93.99 ms, mean 104.90 vs 95.10).
     * Measured: median(b) / median(a) over ok samples of the decode mode.
     */
    static FindingResult compileDecode(DatasetScope s, Finding f) {
        String a = f.param("a", "transformers-gpu");
        String b = f.param("b", "transformers-gpu-compile");
        String mode = f.param("mode", "kv_decode");
        Object report = RunChecks.coldStart(s);
        if (report instanceof String) {
            return Evidence.noData(f, (String) report);
        }
        ColdStartEffect ea = effect((ColdStart.Report) report, a, mode);
        ColdStartEffect eb = effect((ColdStart.Report) report, b, mode);
        if (ea == null || eb == null) {
            return Evidence.noData(f, "ok " + mode + " samples of " + (ea == null ? a : b));
        }
        // medians: first-sample cold starts skew the means (see tr120.cold-start-flip)
        double ratio = eb.medianMs() / ea.medianMs();
        String what = mode + " median " + b + " " + Evidence.fmt(eb.medianMs()) + " ms / " + a + " "
                + Evidence.fmt(ea.medianMs()) + " ms (means " + Evidence.fmt(eb.meanMs()) + " / "
                + Evidence.fmt(ea.meanMs()) + " ms, skewed by cold starts; " + eb.files() + " + " + ea.files()
                + " run files); above 1 means compile is slower";
        return Evidence.decide(f, ratio, Double.NaN, Double.NaN, Math.min(ea.nTotalSamples(), eb.nTotalSamples()), what,
                Evidence.files(s.dataset(), CanonicalTable.RUNS), "coldstart");
    }

    /** The backend's effect in {@code mode} ("" = the mode with the most samples). */
    static ColdStartEffect effect(ColdStart.Report r, String backend, String mode) {
        ColdStartEffect best = null;
        for (ColdStartEffect e : r.effects()) {
            if (!backend.equals(e.key().get(RunColumns.BACKEND))) {
                continue;
            }
            String m = e.key().getOrDefault(RunColumns.MODE, "");
            if (mode.isEmpty() ? best == null || e.nTotalSamples() > best.nTotalSamples() : mode.equals(m)) {
                best = e;
            }
        }
        return best;
    }

    private static String modeNote(Finding f) {
        String m = f.param("modes", "");
        return m.isEmpty() ? "" : " in mode " + m.replace(",", " or ");
    }
}
