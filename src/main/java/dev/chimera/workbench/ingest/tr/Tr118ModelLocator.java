package dev.chimera.workbench.ingest.tr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.JsonSupport;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.ValueParsers;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The model a TR118 {@code <model_tag>/processed/} file is about. The raw bench file beside it names the model
 * exactly as the raw rows do, so it is asked first; the folder name is only a fallback because some result
 * folders are named after the experiment ({@code validation_45m}), not the model.
 */
final class Tr118ModelLocator {
    /** Folder names that describe a run or experiment rather than a model. */
    private static final Pattern NOT_A_MODEL_TAG = Pattern.compile(
            "(?i).*(validation|results?|experiment|crossover|run|tr11\\d|\\d{8}).*");
    private static final int MAX_FIRST_LINE = 4 << 20;

    private Tr118ModelLocator() {
    }

    /** The model identity, or "" (with an info diagnostic) when neither source says. */
    static String locate(ReadContext ctx, String mode) {
        Path processed = ctx.path().toAbsolutePath().getParent();
        if (processed == null || processed.getFileName() == null
                || !processed.getFileName().toString().equals("processed") || processed.getParent() == null) {
            ctx.diagnostics().info("file is not in a <model>/processed/ folder; model left empty");
            return "";
        }
        Path modelDir = processed.getParent();
        String folder = modelDir.getFileName() == null ? "" : modelDir.getFileName().toString();
        String fromRaw = fromRawBench(modelDir.resolve("raw"), mode);
        if (fromRaw != null && !fromRaw.isEmpty()) {
            if (!fromRaw.equals(folder)) {
                ctx.diagnostics().info("model " + fromRaw + " taken from the raw bench file beside it (folder "
                        + folder + " is not the model tag)");
            }
            return fromRaw;
        }
        if (!folder.isEmpty() && !NOT_A_MODEL_TAG.matcher(folder).matches()) {
            return folder;
        }
        ctx.diagnostics().info("no raw bench file beside processed/ and folder " + folder
                + " is not a model tag; model left empty");
        return "";
    }

    /** spec.model of the first record of a sibling raw bench file (preferring the same mode), or null. */
    private static String fromRawBench(Path raw, String mode) {
        if (!Files.isDirectory(raw)) {
            return null;
        }
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(raw, "bench_*.jsonl")) {
            files.forEach(candidates::add);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        candidates.sort((a, b) -> rank(a, mode) != rank(b, mode) ? rank(a, mode) - rank(b, mode)
                : a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path p : candidates) {
            String model = firstRecordModel(p);
            if (model != null && !model.isEmpty()) {
                return model;
            }
        }
        return null;
    }

    private static int rank(Path p, String mode) {
        return mode != null && !mode.isEmpty() && p.getFileName().toString().startsWith("bench_" + mode + "_")
                ? 0 : 1;
    }

    private static String firstRecordModel(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (line == null || line.length() > MAX_FIRST_LINE) {
                return null;
            }
            JsonNode node = JsonSupport.mapper().readTree(line.startsWith("\uFEFF") ? line.substring(1) : line);
            return ValueParsers.modelIdentity(JsonSupport.text(node == null ? null : node.get("spec"), "model"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
