package dev.chimera.workbench.ingest;

/** "Model m has p parameters", as stated by file {@code source}; how = "measured", "config", "manifest" ... */
public record ModelSizeFact(String model, double params, String source, String how) {
}
