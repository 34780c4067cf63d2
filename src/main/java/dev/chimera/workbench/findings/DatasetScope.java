package dev.chimera.workbench.findings;

import dev.chimera.workbench.model.Dataset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One run folder of an opened root: the part of a {@link Dataset} whose files lie under {@code path}, with the
 * engine results several checks share (power analysis, cost report ...) computed once.
 *
 * @param path    the folder relative to the opened root, '/'-separated; "." for the root itself
 * @param dataset the same root, with only this scope's files and table rows
 */
public record DatasetScope(String path, Dataset dataset, Map<String, Object> cache) {

    public DatasetScope(String path, Dataset dataset) {
        this(path, dataset, new HashMap<>());
    }

    /** The engine result stored under {@code key}, computed on first use. */
    @SuppressWarnings("unchecked")
    <T> T cached(String key, Supplier<T> compute) {
        synchronized (cache) {
            if (cache.containsKey(key)) {
                return (T) cache.get(key);
            }
        }
        T v = compute.get();
        synchronized (cache) {
            cache.put(key, v);
        }
        return v;
    }

    /** "tr118-crossover", or the opened folder's own name for the root scope. */
    public String label() {
        if (!".".equals(path)) {
            return path;
        }
        return dataset.root() == null || dataset.root().getFileName() == null ? "."
                : dataset.root().getFileName().toString();
    }
}
