package dev.chimera.workbench.ui.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.jfree.chart.JFreeChart;

/**
 * Copies an on-screen chart so a worker can annotate and render it while the view keeps its own: JFreeChart is
 * Serializable, so the FX thread writes it to bytes (the only step that reads the live chart) and the worker
 * reads an independent copy back. A chart holding something not serialisable (a lambda label generator) cannot be
 * copied: {@link #snapshot} returns null and the caller exports it as shown, without annotations.
 */
final class ChartCopies {

    private ChartCopies() {
    }

    /** Call on the FX thread. */
    static byte[] snapshot(JFreeChart chart) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(chart);
        } catch (IOException e) {
            return null;
        }
        return bytes.toByteArray();
    }

    /** Call on the worker. */
    static JFreeChart restore(byte[] bytes) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (JFreeChart) in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }
}
