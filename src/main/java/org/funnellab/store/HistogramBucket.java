package org.funnellab.store;

/** Won leads whose sales cycle lasted {@code fromDay..toDay} days inclusive; {@code toDay} null = no upper end. */
public record HistogramBucket(int fromDay, Integer toDay, long leads) {
}
