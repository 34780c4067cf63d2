package dev.chimera.workbench.ingest;

import dev.chimera.workbench.model.FileKind;
import java.util.List;
import java.util.Set;

/**
 * Side files of TR result folders: manifests, configs, build and export metadata, and the harnesses' own
 * analysis outputs. Row-bearing readers score higher than these, so these only claim what nothing else does.
 */
public final class KnownDocuments {
    private KnownDocuments() {
    }

    public static List<FormatReader> readers() {
        return List.of(
                json("tr118.run_manifest.json", "TR118 run manifest", FileKind.MANIFEST,
                        p -> p.lowerName().endsWith("run_manifest.json") && hasKeys(p, "runs") ? 60 : 0),
                json("tr.experiment_manifest.json", "TR118/TR119 experiment manifest", FileKind.MANIFEST,
                        p -> p.lowerName().matches("experiment_manifest(_\\d+)?\\.json") ? 60 : 0),
                json("tr.export_metadata.json", "ONNX export metadata", FileKind.MANIFEST,
                        p -> p.lowerName().matches("export_metadata(_\\d+)?\\.json") ? 60 : 0),
                json("tr.trt_build_metadata.json", "TensorRT build metadata", FileKind.MANIFEST,
                        p -> p.lowerName().matches("trt_build_metadata(_\\d+)?\\.json") ? 60 : 0),
                json("tr.manifest.json", "TR run manifest", FileKind.MANIFEST,
                        p -> p.lowerName().equals("manifest.json") && p.jsonTopLevelKeys().size() > 0 ? 40 : 0),
                json("tr117.env.json", "TR117 environment", FileKind.MANIFEST,
                        p -> p.lowerName().equals("env.json") && hasKeys(p, "platform") ? 50 : 0),
                json("tr122.run_metadata.json", "TR122 run metadata", FileKind.MANIFEST,
                        p -> p.lowerName().equals("run_metadata.json") ? 50 : 0),
                json("tr120.dynamo_counters.json", "TR120 dynamo counters", FileKind.MANIFEST,
                        p -> p.lowerName().equals("dynamo_counters.json") ? 50 : 0),
                json("tr120.compiler_evidence.json", "TR120 compiler evidence", FileKind.MANIFEST,
                        p -> p.lowerName().equals("compiler_evidence.json") ? 50 : 0),
                json("tr.analysis.json", "TR analysis output (JSON)", FileKind.SUMMARY,
                        p -> ANALYSIS_JSON.contains(p.lowerName().replaceAll("_(prefill|generate)\\.json$", ".json"))
                                ? 30 : 0),
                text("tr.config.yaml", "Harness config (YAML)", FileKind.MANIFEST,
                        p -> p.lowerName().matches(".*\\.ya?ml") && !p.looksBinary() ? 30 : 0),
                text("doc.markdown", "Notes (Markdown)", FileKind.MANIFEST,
                        p -> p.lowerName().endsWith(".md") && !p.looksBinary() ? 20 : 0),
                new StatsCsvReader());
    }

    private static final Set<String> ANALYSIS_JSON = Set.of(
            "statistical_analysis.json", "perplexity_results.json", "cost_energy_summary.json",
            "cost_energy_analysis.json", "cost_energy_validation.json", "summary.json", "cost_analysis.json",
            "crossover_fit.json", "run_counts.json", "trt_failures.json", "amortization_check.json");

    private static boolean hasKeys(FileProbe p, String... keys) {
        return p.jsonTopLevelKeys().containsAll(List.of(keys));
    }

    private static FormatReader json(String id, String name, FileKind kind,
                                     java.util.function.ToIntFunction<FileProbe> detector) {
        return new DocumentReader(id, name, kind, true, detector);
    }

    private static FormatReader text(String id, String name, FileKind kind,
                                     java.util.function.ToIntFunction<FileProbe> detector) {
        return new DocumentReader(id, name, kind, false, detector);
    }
}
