package dev.chimera.workbench.ingest;

import dev.chimera.workbench.ingest.peer.llmperf.LlmperfReaders;
import dev.chimera.workbench.ingest.peer.vllm.VllmReaders;
import dev.chimera.workbench.ingest.peer.aiperf.AiperfReaders;
import dev.chimera.workbench.ingest.peer.genaiperf.GenaiPerfReaders;
import dev.chimera.workbench.ingest.telemetry.TelemetryReaders;
import dev.chimera.workbench.ingest.tr.Tr117To120Readers;
import dev.chimera.workbench.ingest.tr.Tr121To123Readers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * All known formats. Detection asks every reader how sure it is and takes the most confident; ties go to the
 * reader registered first, so specific readers are listed before generic ones.
 */
public final class ReaderRegistry {
    private final List<FormatReader> readers;

    public ReaderRegistry(List<FormatReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** The registry of every reader the workbench ships. */
    public static ReaderRegistry standard() {
        List<FormatReader> all = new ArrayList<>();
        all.addAll(Tr117To120Readers.readers());
        all.addAll(Tr121To123Readers.readers());
        all.addAll(TelemetryReaders.readers());
        all.addAll(VllmReaders.readers());
        all.addAll(LlmperfReaders.readers());
        all.addAll(dev.chimera.workbench.ingest.peer.guidellm.GuideLlmReaders.readers());
        all.addAll(dev.chimera.workbench.ingest.peer.optimum.OptimumReaders.readers());
        all.addAll(dev.chimera.workbench.ingest.peer.mlperf.MlperfReaders.readers());
        all.addAll(AiperfReaders.readers());
        all.addAll(GenaiPerfReaders.readers());
        all.addAll(KnownDocuments.readers());
        return new ReaderRegistry(all);
    }

    public List<FormatReader> readers() {
        return readers;
    }

    public Optional<FormatReader> detect(FileProbe probe) {
        FormatReader best = null;
        int bestScore = 0;
        for (FormatReader r : readers) {
            int score;
            try {
                score = r.detect(probe);
            } catch (RuntimeException e) {
                score = 0; // a detector must never take the load down
            }
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    public Optional<FormatReader> byId(String id) {
        return readers.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
