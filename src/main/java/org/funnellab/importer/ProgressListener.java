package org.funnellab.importer;

/** Receives progress ticks (about every {@value LeadImport#PROGRESS_EVERY} rows); returning false cancels the import. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = p -> true;

    boolean onProgress(ImportProgress progress);
}
