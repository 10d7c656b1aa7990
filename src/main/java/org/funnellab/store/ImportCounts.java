package org.funnellab.store;

/**
 * The outcome of one committed import. {@code read = inserted + updated + unchanged + rejected} when the caller
 * hands every read row either to an upsert or to a rejection.
 */
public record ImportCounts(long batchId, long read, long inserted, long updated, long unchanged, long rejected) {
}
