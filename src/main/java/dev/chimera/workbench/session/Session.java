package dev.chimera.workbench.session;

import java.util.List;

/**
 * The saved state of the workbench: open folders, each tab's settings, the selected tab and the user's chart
 * annotations. Immutable; written and read by {@link SessionFiles} as JSON ({@value #SCHEMA} v{@value #VERSION}).
 * A view's state is null when the session does not carry it (the view keeps what it has).
 *
 * @param savedAt     ISO-8601 instant, informational
 * @param selectedTab id of the selected tab (e.g. "regimesTab"); null: leave as is
 */
public record Session(String savedAt, List<SessionFolder> folders, String selectedTab,
                      DistributionState distributions, RegimeState regimes, PowerState power, CostState cost,
                      List<Annotation> annotations) {
    public static final String SCHEMA = "chimera.session";
    /** The major version this build writes and reads; an older file is read, a newer one refused. */
    public static final int VERSION = 1;
    /** Most folders and annotations a session may carry (a guard against absurd files). */
    public static final int MAX_FOLDERS = 64;
    public static final int MAX_ANNOTATIONS = 10_000;

    public Session {
        folders = List.copyOf(folders);
        annotations = List.copyOf(annotations);
        if (folders.size() > MAX_FOLDERS) {
            throw new IllegalArgumentException("at most " + MAX_FOLDERS + " folders, not " + folders.size());
        }
        if (annotations.size() > MAX_ANNOTATIONS) {
            throw new IllegalArgumentException("at most " + MAX_ANNOTATIONS + " annotations, not "
                    + annotations.size());
        }
    }

    public Session withFolders(List<SessionFolder> newFolders) {
        return new Session(savedAt, newFolders, selectedTab, distributions, regimes, power, cost, annotations);
    }

    public Session withAnnotations(List<Annotation> newAnnotations) {
        return new Session(savedAt, folders, selectedTab, distributions, regimes, power, cost, newAnnotations);
    }
}
