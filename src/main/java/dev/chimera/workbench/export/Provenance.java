package dev.chimera.workbench.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chimera.workbench.analysis.SampleFilter;
import dev.chimera.workbench.model.Dataset;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an exported chart comes from: the source folders, how many files were loaded and a hash of them (its
 * basis says whether it covers the bytes or only path/size/mtime, see {@link ContentHash}), the row filters, the
 * cold-start settings (warmups, first sample per run, failed rows), the pricing tier, the app version and the
 * date. Drawn as a footer under the chart and embedded as metadata (PNG text chunk, SVG metadata, PDF info).
 */
public record Provenance(List<String> sourceFolders, int fileCount, String contentHash, String hashBasis,
                         String filters, String coldStart, String pricingTier, String appVersion, Instant date) {
    /** Keyword of the PNG text chunk and the PDF custom info entry holding {@link #toJson()}. */
    public static final String KEY = "chimera.provenance";
    private static final ObjectMapper ASCII_JSON = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public Provenance {
        sourceFolders = List.copyOf(sourceFolders);
        filters = filters == null || filters.isBlank() ? "none" : filters;
        coldStart = coldStart == null || coldStart.isBlank() ? "-" : coldStart;
        pricingTier = pricingTier == null || pricingTier.isBlank() ? "-" : pricingTier;
        date = date.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The dataset's folder, file count and content hash, default filters, now. */
    public static Provenance of(Dataset dataset) {
        ContentHash.Result hash = ContentHash.of(dataset);
        return new Provenance(List.of(dataset.root().toAbsolutePath().normalize().toString()), dataset.files().size(),
                hash.hex(), hash.basis().id(), "none", coldStart(SampleFilter.defaults()), "", AppVersion.current(),
                Instant.now());
    }

    /** "warmups excluded, first per run kept, failed excluded". */
    public static String coldStart(SampleFilter f) {
        return "warmups " + (f.excludeWarmup() ? "excluded" : "kept") + ", first per run "
                + (f.dropFirstPerRun() ? "dropped" : "kept") + ", failed " + (f.includeFailed() ? "included"
                : "excluded");
    }

    public Provenance withFilters(String value) {
        return new Provenance(sourceFolders, fileCount, contentHash, hashBasis, value, coldStart, pricingTier,
                appVersion, date);
    }

    public Provenance withColdStart(String value) {
        return new Provenance(sourceFolders, fileCount, contentHash, hashBasis, filters, value, pricingTier,
                appVersion, date);
    }

    public Provenance withPricingTier(String value) {
        return new Provenance(sourceFolders, fileCount, contentHash, hashBasis, filters, coldStart, value,
                appVersion, date);
    }

    /** First 12 hex digits: enough to tell datasets apart on a footer. */
    public String shortHash() {
        return contentHash.length() > 12 ? contentHash.substring(0, 12) : contentHash;
    }

    /** Two lines for the chart footer. */
    public List<String> footerLines() {
        return List.of(
                "Source: " + String.join("; ", sourceFolders) + " \u00b7 " + fileCount + " files \u00b7 "
                        + hashBasis + " " + shortHash(),
                "Filters: " + filters + " \u00b7 Cold start: " + coldStart + " \u00b7 Pricing: " + pricingTier
                        + " \u00b7 Chimera Workbench " + appVersion + " \u00b7 " + DATE.format(date));
    }

    /** Every field as text, in a fixed order (keys are used in the SVG metadata and the PDF info). */
    public Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("source_folders", String.join("; ", sourceFolders));
        m.put("file_count", Integer.toString(fileCount));
        m.put("content_hash", contentHash);
        m.put("hash_basis", hashBasis);
        m.put("filters", filters);
        m.put("cold_start", coldStart);
        m.put("pricing_tier", pricingTier);
        m.put("app_version", appVersion);
        m.put("date", DateTimeFormatter.ISO_INSTANT.format(date));
        return m;
    }

    /** One JSON object, non-ASCII escaped (fits a Latin-1 PNG tEXt chunk). */
    public String toJson() {
        ObjectNode n = ASCII_JSON.createObjectNode();
        n.putArray("source_folders").addAll(sourceFolders.stream()
                .map(s -> ASCII_JSON.getNodeFactory().textNode(s)).toList());
        n.put("file_count", fileCount);
        n.put("content_hash", contentHash);
        n.put("hash_basis", hashBasis);
        n.put("filters", filters);
        n.put("cold_start", coldStart);
        n.put("pricing_tier", pricingTier);
        n.put("app_version", appVersion);
        n.put("date", DateTimeFormatter.ISO_INSTANT.format(date));
        try {
            return ASCII_JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
