package dev.chimera.workbench.model;

import static dev.chimera.workbench.model.ColumnType.DOUBLE;
import static dev.chimera.workbench.model.ColumnType.INT;
import static dev.chimera.workbench.model.ColumnType.STRING;

import java.util.List;

/** Canonical columns of the {@code events} table: timed windows such as TR122 generation events. */
public final class EventColumns {
    public static final String SOURCE_FILE = "source_file";
    public static final String SOURCE_LINE = "source_line";
    public static final String FORMAT = "format";
    public static final String EVENT_ID = "event_id";
    public static final String LABEL = "label";
    public static final String START_S = "start_s";
    public static final String END_S = "end_s";
    public static final String TOKENS = "tokens";
    public static final String CLOCK_ORIGIN_S = "clock_origin_s";

    public static final List<ColumnDef> COLUMNS = List.of(
            new ColumnDef(SOURCE_FILE, STRING, "", "file the event came from"),
            new ColumnDef(SOURCE_LINE, INT, "", "1-based line in that file"),
            new ColumnDef(FORMAT, STRING, "", "detected format id"),
            new ColumnDef(EVENT_ID, STRING, "", "event id as written"),
            new ColumnDef(LABEL, STRING, "", "phase or label (prefill, decode ...)"),
            new ColumnDef(START_S, DOUBLE, "s",
                    "start, seconds from the start of the power trace of the same folder (else from the first event)"),
            new ColumnDef(END_S, DOUBLE, "s", "end, on the same time axis as start_s"),
            new ColumnDef(TOKENS, INT, "tokens", "tokens processed in the window"),
            new ColumnDef(CLOCK_ORIGIN_S, DOUBLE, "s", "raw clock value (s) that start_s = 0 corresponds to"));

    private EventColumns() {
    }
}
