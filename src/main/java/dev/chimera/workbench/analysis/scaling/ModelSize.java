package dev.chimera.workbench.analysis.scaling;

/**
 * What is known about one model's size, and where it came from.
 *
 * @param model  model identity as in the data
 * @param params parameter count (NaN when unknown)
 * @param nLayer transformer depth (0 when unknown)
 * @param nEmbd  width (0 when unknown)
 * @param source where {@code params} came from
 * @param detail e.g. the registry entry's source note, or why the size is unknown
 */
public record ModelSize(String model, double params, int nLayer, int nEmbd, Source source, String detail) {

    /** Resolution order: the data's own metadata, then the registry; never guessed from the name. */
    public enum Source {
        DATA("data"), REGISTRY("registry"), UNKNOWN("unknown");

        private final String id;

        Source(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public boolean known() {
        return source != Source.UNKNOWN && Double.isFinite(params) && params > 0;
    }
}
