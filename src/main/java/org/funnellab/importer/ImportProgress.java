package org.funnellab.importer;

/**
 * A progress tick. {@code pass} is 1 while date columns are scanned to resolve their layout, 2 while rows are imported;
 * {@code bytesRead} counts within the current pass. {@code totalPasses} is how many passes this run makes: 2 when
 * the dates are scanned first, 1 when the rows pass is the only one (layout forced, or proved from a sample).
 */
public record ImportProgress(int pass, long rows, long bytesRead, long totalBytes, double rowsPerSecond,
                             int totalPasses) {
    /** A tick that does not say how many passes there are: as many as its pass number. */
    public ImportProgress(int pass, long rows, long bytesRead, long totalBytes, double rowsPerSecond) {
        this(pass, rows, bytesRead, totalBytes, rowsPerSecond, pass);
    }

    /** Which of the {@link #totalPasses} this tick belongs to, 1-based (the rows pass is the last). */
    public int passNumber() {
        return pass == 1 ? 1 : totalPasses;
    }

    /** Fraction of the whole job done, 0..1, counting every pass this run makes. */
    public double fraction() {
        double inPass = totalBytes <= 0 ? 0 : Math.min(1.0, (double) bytesRead / totalBytes);
        return totalPasses <= 1 ? inPass : (passNumber() - 1 + inPass) / totalPasses;
    }

    /** Fraction of the whole job done, 0..1, counting both passes when there are two. */
    public double fraction(int passes) {
        double inPass = totalBytes <= 0 ? 0 : Math.min(1.0, (double) bytesRead / totalBytes);
        return passes <= 1 ? inPass : (pass - 1 + inPass) / passes;
    }
}
