package dev.chimera.workbench.session;

/**
 * The Regimes tab as saved: what is computed (metric, mode, aggregation, crossover pair), the model-size
 * slider and the matrix inputs (GPU yes/no, objective, workload) that select the highlighted matrix row.
 *
 * @param modelParams slider position in parameters, {@value #MIN_PARAMS} to 1e12
 */
public record RegimeState(String metric, String mode, String aggregation, String backendA, String backendB,
                          double modelParams, String gpu, String objective, String workload) {
    /** The slider's range (the crossover chart's x axis). */
    public static final double MIN_PARAMS = 1e5;
    public static final double MAX_PARAMS = 1e12;

    public RegimeState {
        if (!(modelParams >= MIN_PARAMS && modelParams <= MAX_PARAMS)) {
            throw new IllegalArgumentException("model_params must be between 1e5 and 1e12, not " + modelParams);
        }
    }
}
