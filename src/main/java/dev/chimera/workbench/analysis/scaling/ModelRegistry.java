package dev.chimera.workbench.analysis.scaling;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.ValueParsers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parameter counts (and depth / width where known) by model identity: the built-in
 * {@code dev/chimera/workbench/regime/models.json} (the TR program's models with their measured counts, plus
 * common public models), optionally overridden entry by entry by a user file in the same schema
 * ({@code docs/regime-schema.md}). Lookup is by identity: the last component of a model path, case-insensitive,
 * by id or alias. Nothing is ever derived from the digits in a name.
 */
public final class ModelRegistry {
    public static final String SCHEMA = "chimera.model-registry";
    public static final int VERSION = 1;
    static final String RESOURCE = "/dev/chimera/workbench/regime/models.json";

    /**
     * @param id      canonical identity
     * @param aliases other identities of the same weights (Ollama tags, HF repo names)
     * @param params  parameter count
     * @param nLayer  depth, 0 when unknown
     * @param nEmbd   width, 0 when unknown
     * @param source  where the count comes from
     */
    public record Entry(String id, List<String> aliases, double params, int nLayer, int nEmbd, String source) {
    }

    private static volatile ModelRegistry builtIn;

    private final Map<String, Entry> byKey;
    private final List<Entry> entries;

    private ModelRegistry(List<Entry> entries) {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (Entry e : entries) {
            map.put(key(e.id()), e);
            for (String a : e.aliases()) {
                map.put(key(a), e);
            }
        }
        this.byKey = Collections.unmodifiableMap(map);
        this.entries = List.copyOf(entries);
    }

    public static ModelRegistry builtIn() {
        ModelRegistry r = builtIn;
        if (r == null) {
            try (InputStream in = ModelRegistry.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("built-in model registry " + RESOURCE + " is missing");
                }
                r = parse(JsonFields.parse(in, "models.json"), "models.json (built-in)");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            builtIn = r;
        }
        return r;
    }

    /** A registry file in the documented schema; {@link DataFileException} names the JSON path of a problem. */
    public static ModelRegistry load(Path file) throws IOException {
        return parse(JsonFields.parse(file), file.toString());
    }

    public static ModelRegistry parse(JsonNode root, String fileName) {
        JsonFields f = new JsonFields(fileName);
        f.checkHeader(root, SCHEMA, VERSION);
        JsonNode models = f.array(root, "$", "models", true);
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            String path = "$.models[" + i + "]";
            JsonNode m = models.get(i);
            if (!m.isObject()) {
                throw f.fail(path, "expected an object");
            }
            String id = f.text(m, path, "id", true);
            if (id.isBlank()) {
                throw f.fail(path + ".id", "must not be empty");
            }
            double params = f.number(m, path, "params", true);
            if (!(params > 0)) {
                throw f.fail(path + ".params", "must be a positive parameter count (raw count, not millions)");
            }
            out.add(new Entry(id, f.texts(m, path, "aliases"), params, f.positiveInt(m, path, "n_layer"),
                    f.positiveInt(m, path, "n_embd"), f.text(m, path, "source", false)));
        }
        return new ModelRegistry(out);
    }

    /** This registry with {@code user}'s entries taking precedence (same id or alias). */
    public ModelRegistry overriddenBy(ModelRegistry user) {
        List<Entry> merged = new ArrayList<>(user.entries);
        for (Entry e : entries) {
            boolean shadowed = user.byKey.containsKey(key(e.id()))
                    || e.aliases().stream().anyMatch(a -> user.byKey.containsKey(key(a)));
            if (!shadowed) {
                merged.add(e);
            }
        }
        return new ModelRegistry(merged);
    }

    public Optional<Entry> lookup(String model) {
        if (model == null || model.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(key(model)));
    }

    public List<Entry> entries() {
        return entries;
    }

    static String key(String model) {
        return ValueParsers.modelIdentity(model).toLowerCase(Locale.ROOT);
    }
}
