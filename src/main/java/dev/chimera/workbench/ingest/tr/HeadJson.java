package dev.chimera.workbench.ingest.tr;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chimera.workbench.ingest.FileProbe;
import dev.chimera.workbench.ingest.JsonSupport;
import java.io.IOException;

/** Detection helper: one top-level field of a JSON document read from the probe's head, if it is there. */
final class HeadJson {
    private HeadJson() {
    }

    /** The value of top-level {@code field}, or null when the head is not a JSON object or ends before it. */
    static JsonNode field(FileProbe probe, String field) {
        String head = probe.head().stripLeading();
        if (!head.startsWith("{")) {
            return null;
        }
        try (JsonParser p = JsonSupport.probeMapper().getFactory().createParser(head)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals(field)) {
                    return JsonSupport.probeMapper().readTree(p);
                }
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            // The head was cut inside the document before the field: not known.
        }
        return null;
    }
}
