package org.funnellab.calc;

/** Progress of a long calculation; returning false asks it to stop early (its result then says so). */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that never cancels. */
    ProgressListener NONE = (done, total) -> true;

    /** Called from the calculating thread with the work done so far; false cancels. */
    boolean onProgress(long done, long total);
}
