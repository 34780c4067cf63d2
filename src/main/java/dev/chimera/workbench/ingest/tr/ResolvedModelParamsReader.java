package dev.chimera.workbench.ingest.tr;

import dev.chimera.workbench.ingest.CsvSupport;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.FormatReader;
import dev.chimera.workbench.ingest.ReadContext;
import dev.chimera.workbench.ingest.ValueParsers;
import dev.chimera.workbench.model.FileKind;
import java.io.IOException;

/**
 * TR121 {@code resolved_model_params.csv}: the parameter count of every model of the run, measured where the
 * harness could (Ollama show / HF parameter count), else from the config. Adds no rows; each row becomes a
 * folder fact that fills {@code params} of runs rows of the same model.
 */
final class ResolvedModelParamsReader implements FormatReader {

    @Override
    public String id() {
        return "tr121.resolved_model_params.csv";
    }

    @Override
    public String displayName() {
        return "TR121 resolved model sizes";
    }

    @Override
    public FileKind kind() {
        return FileKind.MANIFEST;
    }

    @Override
    public int detect(FileProbe probe) {
        if (!probe.headerHas("model", "params_millions_measured", "params_millions_config")
                || probe.headerHas("task_idx")) {
            return 0;
        }
        return probe.lowerName().equals("resolved_model_params.csv") ? 85 : 75;
    }

    @Override
    public void read(ReadContext ctx) throws IOException {
        int[] facts = {0};
        long records = CsvSupport.forEachRow(ctx, row -> {
            String model = ValueParsers.modelIdentity(row.get("model"));
            double measured = row.numberChecked(ctx, "params_millions_measured");
            double config = row.numberChecked(ctx, "params_millions_config");
            double millions = Double.isNaN(measured) ? config : measured;
            if (model == null || model.isEmpty() || Double.isNaN(millions)) {
                ctx.diagnostics().warning(row.line(), 0, "row without a model or a parameter count; ignored");
                return;
            }
            ctx.modelSize(model, millions * 1e6, Double.isNaN(measured) ? "config" : "measured");
            facts[0]++;
        });
        ctx.addRecords(records);
        ctx.note(facts[0] + " model sizes");
    }
}
