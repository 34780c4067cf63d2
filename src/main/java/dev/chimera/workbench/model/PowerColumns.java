package dev.chimera.workbench.model;

import static dev.chimera.workbench.model.ColumnType.DOUBLE;
import static dev.chimera.workbench.model.ColumnType.INT;
import static dev.chimera.workbench.model.ColumnType.STRING;

import java.util.List;

/** Canonical columns of the {@code power} table: one row per telemetry sample. */
public final class PowerColumns {
    public static final String SOURCE_FILE = "source_file";
    public static final String SOURCE_LINE = "source_line";
    public static final String FORMAT = "format";
    public static final String GPU = "gpu";
    public static final String T_S = "t_s";
    public static final String POWER_W = "power_w";
    public static final String UTIL_PCT = "util_pct";
    public static final String MEM_MIB = "mem_mib";
    public static final String TEMP_C = "temp_c";
    public static final String SM_CLOCK_MHZ = "sm_clock_mhz";

    public static final List<ColumnDef> COLUMNS = List.of(
            new ColumnDef(SOURCE_FILE, STRING, "", "file the sample came from"),
            new ColumnDef(SOURCE_LINE, INT, "", "1-based line in that file"),
            new ColumnDef(FORMAT, STRING, "", "detected format id"),
            new ColumnDef(GPU, STRING, "", "GPU index or id (\"0\" when the source has one GPU)"),
            new ColumnDef(T_S, DOUBLE, "s", "seconds from the first sample of the trace"),
            new ColumnDef(POWER_W, DOUBLE, "W", "board power"),
            new ColumnDef(UTIL_PCT, DOUBLE, "%", "GPU utilisation"),
            new ColumnDef(MEM_MIB, DOUBLE, "MiB", "GPU memory used"),
            new ColumnDef(TEMP_C, DOUBLE, "°C", "GPU temperature"),
            new ColumnDef(SM_CLOCK_MHZ, DOUBLE, "MHz", "SM clock"));

    private PowerColumns() {
    }
}
