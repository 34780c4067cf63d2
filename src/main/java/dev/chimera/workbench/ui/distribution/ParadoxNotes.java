package dev.chimera.workbench.ui.distribution;

import dev.chimera.workbench.analysis.ParadoxDetector;
import dev.chimera.workbench.analysis.Sample;
import dev.chimera.workbench.chart.SampleGroup;
import dev.chimera.workbench.ui.I18n;
import java.util.ArrayList;
import java.util.List;

/**
 * Worker-side text of the paradox banner: {@link ParadoxDetector} over the groups the charts show, and the
 * samples that drive each inflated mean (value, file, line).
 *
 * @param findings every discordant pair
 * @param text     the banner: the first pairs with their first drivers ("" when there is no paradox)
 * @param details  every pair with every driver, one per line (the banner's tooltip)
 */
record ParadoxNotes(List<ParadoxDetector.Finding> findings, String text, String details) {
    /** Pairs written into the banner; the rest are counted. */
    static final int PAIRS_SHOWN = 2;
    /** Drivers named per pair in the banner; all are in the details. */
    static final int DRIVERS_SHOWN = 4;

    ParadoxNotes {
        findings = List.copyOf(findings);
    }

    static ParadoxNotes of(List<SampleGroup> groups, String unit) {
        List<ParadoxDetector.Group> in = new ArrayList<>();
        for (SampleGroup g : groups) {
            in.add(new ParadoxDetector.Group(g.label(), samples(g)));
        }
        List<ParadoxDetector.Finding> findings = ParadoxDetector.detect(in);
        if (findings.isEmpty()) {
            return new ParadoxNotes(findings, "", "");
        }
        List<String> lines = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            ParadoxDetector.Finding f = findings.get(i);
            String pair = pair(f, unit);
            List<String> drivers = new ArrayList<>();
            for (Sample d : f.drivers()) {
                drivers.add(driver(d));
            }
            String without = I18n.format("dist.paradox.without", f.drivers().size(), f.inflated(),
                    Numbers.compact(f.meanWithoutDrivers()), f.resolved() ? "" : I18n.tr("dist.paradox.unresolved"));
            details.add(pair + "\n  " + String.join("\n  ", drivers) + "\n  " + without);
            if (i < PAIRS_SHOWN) {
                List<String> shown = drivers.subList(0, Math.min(DRIVERS_SHOWN, drivers.size()));
                String more = drivers.size() > shown.size()
                        ? I18n.format("dist.paradox.moreDrivers", drivers.size() - shown.size()) : "";
                lines.add(pair + " " + I18n.format("dist.paradox.drivers", f.inflated(),
                        String.join(" \u00b7 ", shown) + more) + " " + without);
            }
        }
        if (findings.size() > PAIRS_SHOWN) {
            lines.add(I18n.format("dist.paradox.morePairs", findings.size() - PAIRS_SHOWN));
        }
        return new ParadoxNotes(findings, String.join("\n", lines), String.join("\n\n", details));
    }

    private static String pair(ParadoxDetector.Finding f, String unit) {
        return I18n.format("dist.paradox.pair", f.inflated(), f.other(), Numbers.compact(f.inflatedMean()),
                Numbers.compact(f.otherMean()), Numbers.compact(f.inflatedMedian()),
                Numbers.compact(f.otherMedian()), unit);
    }

    private static String driver(Sample d) {
        String value = Numbers.compact(d.value());
        if (d.sourceFile().isEmpty()) {
            return I18n.format("dist.paradox.driverNoSource", value);
        }
        return d.sourceLine() > 0 ? I18n.format("dist.paradox.driver", value, d.sourceFile(), d.sourceLine())
                : I18n.format("dist.paradox.driverNoLine", value, d.sourceFile());
    }

    /** A chart group's samples with their provenance; row = position in the group (only used to break ties). */
    private static List<Sample> samples(SampleGroup g) {
        List<Sample> out = new ArrayList<>(g.size());
        for (int i = 0; i < g.size(); i++) {
            String file = g.sourceFiles()[i];
            out.add(new Sample(g.values()[i], i, file, file, g.sourceLines()[i], Integer.MIN_VALUE));
        }
        return out;
    }
}
