package dev.chimera.workbench.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

/**
 * Exports a set of charts in several formats into an {@link OutputFolder}: applies the annotations, sets the
 * title, and writes {@code <id>.<ext>} for each chart and format. Ids that sanitise to the same name get a
 * numeric suffix. Every name is checked by the folder (never outside it, no overwrite without force) before
 * anything is drawn.
 */
public final class ChartSetExporter {

    private ChartSetExporter() {
    }

    /**
     * @param user       user annotations by chart id ({@link AnnotationsFile#ALL}: every chart)
     * @param onWritten  called with each file written (e.g. the CLI prints it)
     * @return the files written, in order
     */
    public static List<Path> export(List<ExportChart> charts, List<ExportFormat> formats, ExportOptions options,
                                    Provenance provenance, OutputFolder folder, Map<String, List<ChartAnnotation>> user,
                                    AutoAnnotations auto, Consumer<Path> onWritten) throws IOException {
        List<String> bases = uniqueBases(charts);
        List<Path> targets = new ArrayList<>();
        for (String base : bases) {
            for (ExportFormat f : formats) {
                targets.add(folder.file(base, f.extension())); // refuses before anything is written
            }
        }
        List<Path> written = new ArrayList<>();
        int k = 0;
        for (ExportChart c : charts) {
            prepare(c, AnnotationsFile.forChart(user, c.id()), auto);
            for (ExportFormat f : formats) {
                Path target = targets.get(k++);
                ChartExporter.write(c.chart(), c.title(), f, options, provenance, target);
                written.add(target);
                onWritten.accept(target);
            }
        }
        return written;
    }

    /** Title and annotations on the chart (mutates it). */
    public static List<String> prepare(ExportChart c, List<ChartAnnotation> user, AutoAnnotations auto) {
        JFreeChart chart = c.chart();
        if (c.title() != null && chart.getTitle() == null) {
            chart.setTitle(new TextTitle(c.title(), new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD,
                    13)));
            chart.getTitle().setPaint(new java.awt.Color(0x1F2937));
        }
        AutoAnnotations withVerdict = c.verdict() == null || auto.verdict() != null ? auto
                : auto.withVerdict(c.verdict());
        return AnnotationApplier.apply(chart, user, withVerdict, c.sampleCounts());
    }

    /** Safe file-name bases of the charts' ids, made unique with -2, -3 ... */
    static List<String> uniqueBases(List<ExportChart> charts) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (ExportChart c : charts) {
            String base = OutputFolder.safeName(c.id());
            String name = base;
            int n = 2;
            while (!seen.add(name)) {
                name = base + "-" + n++;
            }
            out.add(name);
        }
        return out;
    }
}
