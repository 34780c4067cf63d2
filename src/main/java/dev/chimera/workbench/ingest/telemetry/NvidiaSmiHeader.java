package dev.chimera.workbench.ingest.telemetry;

import dev.chimera.workbench.model.PowerColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of an {@code nvidia-smi --query-gpu ... --format=csv} file: each cell is the field name as the
 * user typed it, optionally followed by {@code [unit]}. Decides where each column goes in the power table.
 */
final class NvidiaSmiHeader {
    /** peer-formats §1.1: field, then an optional bracketed unit. */
    private static final Pattern CELL = Pattern.compile("^\\s*([^\\[]+?)\\s*(?:\\[(.+)\\])?\\s*$");
    static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}$");
    private static final Set<String> KNOWN_NAMES = Set.of("timestamp", "index", "uuid", "gpu_uuid", "name",
            "gpu_name", "pci.bus_id", "gpu_bus_id", "driver_version", "pstate", "count", "serial",
            "vbios_version", "display_mode", "display_active", "persistence_mode", "compute_mode", "gom.current",
            "inforom.img", "accounting.mode", "mig.mode.current", "fan.speed");
    private static final List<String> KNOWN_PREFIXES = List.of("power.", "utilization.", "memory.",
            "temperature.", "clocks.", "clocks_event_reasons", "clocks_throttle_reasons", "enforced.power.",
            "pcie.", "ecc.", "encoder.", "fan.", "pci.", "retired_pages.", "mig.", "reset_status.");
    private static final List<String> METRIC_PREFIXES = List.of("power.", "utilization.", "memory.",
            "temperature.", "clocks.");

    /** Where a column's value goes. */
    enum Role { TIMESTAMP, INDEX, UUID, BUS_ID, NAME, POWER, UTIL, MEM_UTIL, MEM_USED, TEMP, SM_CLOCK, EXTRA }

    /** One header cell: raw text, field name (lower case), unit, role and the table column it fills. */
    record Column(int index, String raw, String field, String unit, Role role, String target) {
    }

    private final List<Column> columns;

    private NvidiaSmiHeader(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    List<Column> columns() {
        return columns;
    }

    Column first(Role role) {
        for (Column c : columns) {
            if (c.role() == role) {
                return c;
            }
        }
        return null;
    }

    /** The field name of a header cell, lower case, without its unit. */
    static String field(String cell) {
        Matcher m = CELL.matcher(cell);
        return (m.matches() ? m.group(1) : cell.trim()).toLowerCase(Locale.ROOT);
    }

    static boolean isKnownField(String field) {
        return KNOWN_NAMES.contains(field) || KNOWN_PREFIXES.stream().anyMatch(field::startsWith);
    }

    static boolean isMetricField(String field) {
        return METRIC_PREFIXES.stream().anyMatch(field::startsWith);
    }

    static NvidiaSmiHeader parse(List<String> cells) {
        List<Column> out = new ArrayList<>();
        List<Role> taken = new ArrayList<>();
        Set<String> targets = new java.util.HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            String raw = cells.get(i).trim();
            Matcher m = CELL.matcher(raw);
            String field = (m.matches() ? m.group(1) : raw).toLowerCase(Locale.ROOT);
            String unit = m.matches() && m.group(2) != null ? m.group(2).trim() : "";
            Role role = roleOf(field);
            if (role != Role.EXTRA && taken.contains(role)) {
                role = Role.EXTRA; // a second alias of a field already mapped keeps its own column
            }
            taken.add(role);
            String target = target(role, field);
            if (!targets.add(target)) {
                target = target + "_" + (i + 1); // the same field twice: keep both
                targets.add(target);
            }
            out.add(new Column(i, raw, field, unit, role, target));
        }
        return new NvidiaSmiHeader(out);
    }

    private static Role roleOf(String field) {
        return switch (field) {
            case "timestamp" -> Role.TIMESTAMP;
            case "index" -> Role.INDEX;
            case "uuid", "gpu_uuid" -> Role.UUID;
            case "pci.bus_id", "gpu_bus_id" -> Role.BUS_ID;
            case "name", "gpu_name" -> Role.NAME;
            case "power.draw", "power.draw.average", "power.draw.instant" -> Role.POWER;
            case "utilization.gpu" -> Role.UTIL;
            case "utilization.memory" -> Role.MEM_UTIL;
            case "memory.used" -> Role.MEM_USED;
            case "temperature.gpu" -> Role.TEMP;
            case "clocks.sm", "clocks.current.sm" -> Role.SM_CLOCK;
            default -> Role.EXTRA;
        };
    }

    private static String target(Role role, String field) {
        return switch (role) {
            case TIMESTAMP -> "timestamp_local";
            case INDEX -> "gpu_index";
            case UUID -> "gpu_uuid";
            case BUS_ID -> "pci_bus_id";
            case NAME -> "gpu_name";
            case POWER -> PowerColumns.POWER_W;
            case UTIL -> PowerColumns.UTIL_PCT;
            case MEM_UTIL -> "mem_util_pct"; // memory-controller busy %, not memory used
            case MEM_USED -> PowerColumns.MEM_MIB;
            case TEMP -> PowerColumns.TEMP_C;
            case SM_CLOCK -> PowerColumns.SM_CLOCK_MHZ;
            case EXTRA -> sanitise(field);
        };
    }

    /** "clocks.max.sm" → "clocks_max_sm"; never a canonical power column name. */
    static String sanitise(String field) {
        String cleaned = field.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        String s = cleaned.isEmpty() ? "column" : cleaned;
        return PowerColumns.COLUMNS.stream().anyMatch(c -> c.name().equals(s)) ? "smi_" + s : s;
    }
}
