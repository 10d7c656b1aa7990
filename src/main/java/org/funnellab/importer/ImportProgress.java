package org.funnellab.importer;

/**
 * A progress tick. {@code pass} is 1 while date columns are scanned to resolve their layout, 2 while rows are imported;
 * {@code bytesRead} counts within the current pass.
 */
public record ImportProgress(int pass, long rows, long bytesRead, long totalBytes, double rowsPerSecond) {
    /** Fraction of the whole job done, 0..1, counting both passes when there are two. */
    public double fraction(int passes) {
        double inPass = totalBytes <= 0 ? 0 : Math.min(1.0, (double) bytesRead / totalBytes);
        return passes <= 1 ? inPass : (pass - 1 + inPass) / passes;
    }
}
