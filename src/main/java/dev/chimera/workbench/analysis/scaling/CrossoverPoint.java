package dev.chimera.workbench.analysis.scaling;

/**
 * One model in a crossover: both backends' aggregated metric and their ratio A / B (NaN where one backend was
 * not run on the model, for the intersection method).
 */
public record CrossoverPoint(String model, double params, double a, double b) {
    public double ratio() {
        return a / b;
    }
}
