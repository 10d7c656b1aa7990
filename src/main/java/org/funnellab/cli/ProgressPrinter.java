package org.funnellab.cli;

import org.funnellab.importer.ImportProgress;
import org.funnellab.importer.ProgressListener;

import java.io.PrintWriter;

/**
 * Progress of a long import on stderr, at most a few lines a second: rows and rows per second. On a terminal the line
 * is redrawn in place; forced on a pipe ({@code --progress}) each tick is its own line so another program can follow it.
 */
final class ProgressPrinter implements ProgressListener {
    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean inPlace;
    private long last;
    private boolean printed;

    private ProgressPrinter(PrintWriter err, boolean inPlace) {
        this.err = err;
        this.inPlace = inPlace;
        this.last = System.nanoTime();
    }

    /** Progress when forced or when the process talks to a terminal; otherwise silent. */
    static ProgressListener create(PrintWriter err, boolean forced) {
        boolean terminal = System.console() != null;
        if (forced) {
            return new ProgressPrinter(err, false);
        }
        return terminal ? new ProgressPrinter(err, true) : ProgressListener.NONE;
    }

    @Override
    public boolean onProgress(ImportProgress p) {
        long now = System.nanoTime();
        if (now - last >= EVERY_NANOS) {
            last = now;
            String text = String.format("%s %,d rows, %,.0f rows/s", p.pass() == 1 ? "scanning dates:" : "importing:",
                    p.rows(), p.rowsPerSecond());
            if (inPlace) {
                err.print("\r" + text + "   ");
            } else {
                err.println(text);
            }
            err.flush();
            printed = true;
        }
        return true;
    }

    /** Ends an in-place progress line so the next output starts on a fresh line. */
    void finish() {
        if (inPlace && printed) {
            err.println();
            err.flush();
        }
    }

    static void finish(ProgressListener listener) {
        if (listener instanceof ProgressPrinter p) {
            p.finish();
        }
    }
}
