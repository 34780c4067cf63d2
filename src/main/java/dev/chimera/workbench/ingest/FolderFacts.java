package dev.chimera.workbench.ingest;

import dev.chimera.workbench.model.CanonicalTable;
import dev.chimera.workbench.model.EventColumns;
import dev.chimera.workbench.model.RunColumns;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies what one file says about its folder to the rows of other files, after all files are read:
 * model sizes from the folder's own metadata fill {@code params} where a row has none, and event windows
 * are placed on the time axis of the power trace in the same directory.
 */
final class FolderFacts {

    private FolderFacts() {
    }

    static void apply(List<DatasetLoader.FileResult> results) {
        fillModelSizes(results);
        rebaseEvents(results);
    }

    /**
     * A size stated by a file applies to rows of files in that file's directory and below (its run folder),
     * never to a sibling run: two runs may use the same model tag for different models.
     */
    private static void fillModelSizes(List<DatasetLoader.FileResult> results) {
        Map<String, Double> byDirAndModel = new HashMap<>();
        for (DatasetLoader.FileResult r : results) {
            if (r.ctx() == null) {
                continue;
            }
            for (ModelSizeFact f : r.ctx().modelSizes()) {
                byDirAndModel.putIfAbsent(dir(f.source()) + "|" + ValueParsers.modelIdentity(f.model()), f.params());
            }
        }
        if (byDirAndModel.isEmpty()) {
            return;
        }
        for (DatasetLoader.FileResult r : results) {
            if (r.ctx() == null || !r.ctx().buffers().containsKey(CanonicalTable.RUNS)) {
                continue;
            }
            TableBuffer runs = r.ctx().buffers().get(CanonicalTable.RUNS);
            String fileDir = dir(r.rel());
            for (int row = 0; row < runs.rowCount(); row++) {
                if (!Double.isNaN(runs.getDouble(row, RunColumns.PARAMS))) {
                    continue;
                }
                String model = runs.getString(row, RunColumns.MODEL);
                Double p = model == null ? null : nearest(byDirAndModel, fileDir, model);
                if (p != null) {
                    runs.setAt(row, RunColumns.PARAMS, p);
                }
            }
        }
    }

    /** The fact for {@code model} in {@code dir} or its nearest ancestor directory. */
    private static Double nearest(Map<String, Double> facts, String dir, String model) {
        String d = dir;
        while (true) {
            Double p = facts.get(d + "|" + model);
            if (p != null || d.isEmpty()) {
                return p;
            }
            d = dir(d);
        }
    }

    /**
     * Event readers write raw clock seconds into start_s/end_s. Rebase them onto the first sample of the
     * power trace in the same directory when one exists (same clock), else onto the file's first event.
     */
    private static void rebaseEvents(List<DatasetLoader.FileResult> results) {
        Map<String, Double> traceOrigins = new HashMap<>();
        for (DatasetLoader.FileResult r : results) {
            if (r.ctx() != null && !Double.isNaN(r.ctx().traceOriginS())) {
                traceOrigins.putIfAbsent(dir(r.rel()), r.ctx().traceOriginS());
            }
        }
        for (DatasetLoader.FileResult r : results) {
            if (r.ctx() == null || !r.ctx().buffers().containsKey(CanonicalTable.EVENTS)) {
                continue;
            }
            TableBuffer ev = r.ctx().buffers().get(CanonicalTable.EVENTS);
            if (ev.rowCount() == 0 || !Double.isNaN(ev.getDouble(0, EventColumns.CLOCK_ORIGIN_S))) {
                continue;
            }
            Double origin = traceOrigins.get(dir(r.rel()));
            if (origin == null) {
                double min = Double.POSITIVE_INFINITY;
                for (int i = 0; i < ev.rowCount(); i++) {
                    double s = ev.getDouble(i, EventColumns.START_S);
                    if (!Double.isNaN(s)) {
                        min = Math.min(min, s);
                    }
                }
                origin = Double.isInfinite(min) ? 0.0 : min;
            }
            for (int i = 0; i < ev.rowCount(); i++) {
                ev.setAt(i, EventColumns.START_S, ev.getDouble(i, EventColumns.START_S) - origin);
                ev.setAt(i, EventColumns.END_S, ev.getDouble(i, EventColumns.END_S) - origin);
                ev.setAt(i, EventColumns.CLOCK_ORIGIN_S, origin);
            }
        }
    }

    private static String dir(String rel) {
        int cut = rel.lastIndexOf('/');
        return cut >= 0 ? rel.substring(0, cut) : "";
    }
}
