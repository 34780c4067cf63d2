package dev.chimera.workbench.ingest.peer.aiperf;

import dev.chimera.workbench.ingest.ReadContext;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the folder of an AIPerf / GenAI-Perf result file says about its run. Both tools name the artifact
 * folder {@code <model>-<service_kind>-<endpoint type|backend>-<stimulus>} (model '/' → '_'), e.g.
 * {@code Qwen_Qwen2.5-7B-Instruct-openai-chat-concurrency16}; AIPerf multi-run folders add
 * {@code profile_runs/run_000N} and sweeps {@code concurrency_10} or {@code phases.profiling.concurrency=10}.
 *
 * @param label        the run's label: the folder's path relative to the opened root (§3.1 config_label), or the
 *                     folder's own name when the file sits at the root
 * @param concurrency  from a {@code concurrency<N>} segment, NaN when none
 * @param requestRate  from a {@code request_rate<R>} segment, NaN when none ("inf" → +Inf is kept as NaN)
 * @param model        model part of an artifact folder name ('/' is not recoverable from '_'), null when none
 * @param backend      {@code <service_kind>-<endpoint type>} of an artifact folder name, null when none
 */
public record RunFolder(String label, double concurrency, double requestRate, String model, String backend) {
    private static final Pattern CONCURRENCY =
            Pattern.compile("(?:^|[-_.])(?<!session_)concurrency[_=]?(\\d+(?:\\.\\d+)?)(?:$|[-_])");
    private static final Pattern RATE = Pattern.compile("(?:^|[-_.])request_rate[_=]?(\\d+(?:\\.\\d+)?)(?:$|[-_])");
    private static final Pattern ARTIFACT = Pattern.compile(
            "^(.+)-(openai|triton|dynamic_grpc|tensorrtllm_engine|template)-([A-Za-z0-9_]+)-"
                    + "(?:concurrency|request_rate|session_concurrency|fixed_schedule).*$");

    /** The run folder of the file being read. */
    public static RunFolder of(ReadContext ctx) {
        return of(ctx.probe().parentPath(), dirOf(ctx.path()), false);
    }

    /** The run folder of a file in an {@code aggregate/} folder: the folder that holds {@code aggregate/}. */
    public static RunFolder ofAggregate(ReadContext ctx) {
        return of(ctx.probe().parentPath(), dirOf(ctx.path()), true);
    }

    static RunFolder of(String relativeDir, Path absoluteDir, boolean stripAggregate) {
        String rel = relativeDir;
        Path abs = absoluteDir;
        if (stripAggregate && lastSegment(rel, abs).equals("aggregate")) {
            rel = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "";
            abs = abs == null ? null : abs.getParent();
        }
        String dirName = abs == null || abs.getFileName() == null ? "" : abs.getFileName().toString();
        String label = rel.isEmpty() ? dirName : rel;
        // Hints come from the opened root folder's name (often the artifact folder itself) and the label.
        String rootName = nameOfRoot(rel, abs);
        String hintPath = rel.isEmpty() ? rootName : rootName + "/" + rel;
        double concurrency = Double.NaN;
        double rate = Double.NaN;
        String model = null;
        String backend = null;
        for (String seg : hintPath.split("/")) {
            Matcher c = CONCURRENCY.matcher(seg);
            if (c.find()) {
                concurrency = Double.parseDouble(c.group(1));
            }
            Matcher r = RATE.matcher(seg);
            if (r.find()) {
                rate = Double.parseDouble(r.group(1));
            }
            Matcher a = ARTIFACT.matcher(seg);
            if (a.matches()) {
                model = a.group(1);
                backend = a.group(2) + "-" + a.group(3);
            }
        }
        return new RunFolder(label, concurrency, rate, model, backend);
    }

    /** The name of the opened root: {@code abs} with one level removed per segment of {@code rel}. */
    private static String nameOfRoot(String rel, Path abs) {
        Path root = abs;
        int depth = rel.isEmpty() ? 0 : rel.split("/").length;
        for (int i = 0; i < depth && root != null; i++) {
            root = root.getParent();
        }
        return root == null || root.getFileName() == null ? "" : root.getFileName().toString();
    }

    private static Path dirOf(Path file) {
        return file == null ? null : file.toAbsolutePath().getParent();
    }

    private static String lastSegment(String rel, Path abs) {
        if (!rel.isEmpty()) {
            return rel.substring(rel.lastIndexOf('/') + 1);
        }
        return abs == null || abs.getFileName() == null ? "" : abs.getFileName().toString();
    }
}
