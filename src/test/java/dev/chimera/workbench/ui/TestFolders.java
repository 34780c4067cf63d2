package dev.chimera.workbench.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A small result folder with hand-countable contents, and throw-away preference nodes, for UI tests. */
public final class TestFolders {
    private TestFolders() {
    }

    /**
     * Writes:
     * <pre>
     * summary_overall.csv                 3 good rows x 3 numeric cells = 9 summaries rows; line 4 has 3 of 5
     *                                     cells -> 1 error, row skipped
     * processed/cold_start_by_file.csv    1 row x 2 numeric cells = 2 summaries rows
     * notes.txt                           not a known format -> 1 info diagnostic, no rows
     * </pre>
     * Values in the summaries {@code value} column (by hand): 850.5, 1200, 42.1, 1500.25, 2100.5, 88, 950, 990,
     * 12.5 (summary_overall.csv) and 3000, 400 (cold_start_by_file.csv).
     */
    public static Path writeSmallResultFolder(Path dir) throws IOException {
        Files.writeString(dir.resolve("summary_overall.csv"), String.join("\n",
                "backend,model,latency_ms_mean,latency_ms_p95,throughput_tok_s_mean",
                "ollama,llama3,850.5,1200,42.1",
                "vllm,qwen,1500.25,2100.5,88",
                "hf,gpt2,1",
                "hf,gpt2,950,990,12.5") + "\n");
        Path processed = Files.createDirectories(dir.resolve("processed"));
        Files.writeString(processed.resolve("cold_start_by_file.csv"),
                "backend,scenario,cold_ms,warm_ms\nollama,short,3000,400\n");
        Files.writeString(dir.resolve("notes.txt"), "free-form notes, not data\n");
        return dir;
    }

    /** A fresh preferences node under a test-only path; remove it with {@link #remove(Preferences)}. */
    public static Preferences freshPreferences() {
        return Preferences.userRoot().node("dev/chimera/workbench-tests/" + UUID.randomUUID());
    }

    public static void remove(Preferences node) {
        try {
            node.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // Already gone: nothing to clean up.
        }
    }
}
