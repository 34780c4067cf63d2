package dev.chimera.workbench.ui;

/** Style-class names used by the views; their looks live in {@code workbench.css}. */
public final class Styles {
    public static final String STYLESHEET = "/dev/chimera/workbench/ui/workbench.css";

    public static final String EMPTY_STATE = "empty-state";
    public static final String EMPTY_STATE_TITLE = "empty-state-title";
    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_MESSAGE = "status-message";
    public static final String LIVE_STATE = "live-state";
    public static final String SOURCE_NAME = "source-name";
    public static final String SOURCE_DETAIL = "source-detail";
    public static final String SOURCE_FOLDER = "source-folder";
    public static final String BADGE = "diag-badge";
    public static final String BADGE_ERROR = "diag-badge-error";
    public static final String BADGE_WARNING = "diag-badge-warning";
    public static final String BADGE_INFO = "diag-badge-info";
    public static final String SEVERITY_ICON = "severity-icon";
    public static final String SEVERITY_ERROR = "severity-error";
    public static final String SEVERITY_WARNING = "severity-warning";
    public static final String SEVERITY_INFO = "severity-info";
    public static final String COLUMN_HEADER = "filter-column-header";
    public static final String COLUMN_FILTER = "column-filter";
    public static final String ROW_COUNT = "row-count";
    public static final String PANEL_HEADER = "panel-header";
    public static final String NUMERIC_CELL = "numeric-cell";
    public static final String HELP_MARK = "help-mark";
    public static final String VERDICT_MATCH = "verdict-match";
    public static final String VERDICT_EXPLAINED = "verdict-explained";
    public static final String VERDICT_UNEXPLAINED = "verdict-unexplained";
    public static final String VERDICT_NOT_CHECKABLE = "verdict-not-checkable";
    public static final String DIST_VIEW = "dist-view";
    public static final String DIST_CONTROLS = "dist-controls";
    public static final String CONTROL_LABEL = "control-label";
    public static final String SEGMENTED = "segmented";
    public static final String CHART_PANE = "chart-pane";
    public static final String CHART_HEADER = "chart-header";
    public static final String CHART_TITLE = "chart-title";
    public static final String CHART_HOVER = "chart-hover";
    public static final String CHART_CURSOR = "chart-cursor";
    public static final String CHART_EMPTY = "chart-empty";
    public static final String COLOUR_SWATCH = "colour-swatch";
    public static final String COLD_START_SLOT = "cold-start-slot";
    public static final String COLD_START_TABLE = "cold-start-table";
    public static final String GRID_LEGEND = "grid-legend";
    public static final String SECTION_TITLE = "section-title";
    public static final String PARADOX_BANNER = "paradox-banner";
    public static final String PARADOX_TITLE = "paradox-title";
    public static final String REGIME_SLIDER = "regime-slider";
    public static final String REGIME_CURSOR = "regime-cursor";
    public static final String REGIME_CURSOR_LABEL = "regime-cursor-label";
    public static final String REGIME_MATRIX = "regime-matrix";
    public static final String REGIME_PANEL = "regime-panel";
    public static final String REGIME_PATH = "regime-path";
    public static final String REGIME_PATH_STEP = "regime-path-step";
    public static final String REGIME_CHIP = "regime-chip";
    public static final String REGIME_AGREES = "regime-agrees";
    public static final String REGIME_DISAGREES = "regime-disagrees";
    public static final String REGIME_NOT_COMPARABLE = "regime-not-comparable";
    public static final String REGIME_LOWER = "regime-lower";
    public static final String POWER_NO_DATA = "power-no-data";
    /** The Power tab's hover label (looks of chart-hover; its own class so lookups of other tabs stay unique). */
    public static final String POWER_HOVER = "power-hover";

    public static final String FINDING_BADGE = "finding-badge";
    public static final String FINDING_CONFIRMED = "finding-confirmed";
    public static final String FINDING_CONTRADICTED = "finding-contradicted";
    public static final String FINDING_INCONCLUSIVE = "finding-inconclusive";
    public static final String FINDING_NO_DATA = "finding-no-data";
    public static final String FINDING_COUNTS = "finding-counts";
    public static final String FINDING_DETAIL = "finding-detail";
    public static final String FINDING_DETAIL_BOX = "finding-detail-box";
    public static final String FINDING_TITLE = "finding-title";
    public static final String FINDING_EVIDENCE = "finding-evidence";
    public static final String FINDING_FILES = "finding-files";
    public static final String STATUS_FINDINGS = "status-findings";

    private Styles() {
    }

    /** The badge class for a severity name (error, warning, info). */
    public static String badgeFor(dev.chimera.workbench.model.Severity severity) {
        return switch (severity) {
            case ERROR -> BADGE_ERROR;
            case WARNING -> BADGE_WARNING;
            case INFO -> BADGE_INFO;
        };
    }

    /** The text class for a comparison verdict. */
    public static String verdictClass(dev.chimera.workbench.analysis.compare.Verdict verdict) {
        return switch (verdict) {
            case MATCH -> VERDICT_MATCH;
            case EXPLAINED -> VERDICT_EXPLAINED;
            case UNEXPLAINED -> VERDICT_UNEXPLAINED;
            case NOT_CHECKABLE -> VERDICT_NOT_CHECKABLE;
        };
    }

    /** The icon/text class for a severity. */
    public static String severityClass(dev.chimera.workbench.model.Severity severity) {
        return switch (severity) {
            case ERROR -> SEVERITY_ERROR;
            case WARNING -> SEVERITY_WARNING;
            case INFO -> SEVERITY_INFO;
        };
    }

    /** The badge class for a findings verdict. */
    public static String findingClass(dev.chimera.workbench.findings.Verdict verdict) {
        return switch (verdict) {
            case CONFIRMED -> FINDING_CONFIRMED;
            case CONTRADICTED -> FINDING_CONTRADICTED;
            case INCONCLUSIVE -> FINDING_INCONCLUSIVE;
            case NO_DATA -> FINDING_NO_DATA;
        };
    }
}
