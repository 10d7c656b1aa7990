package org.funnellab.domain;

import java.time.YearMonth;
import java.util.Set;

/**
 * The slice of data every metric is computed for: a period (inclusive months, either end open when null)
 * and sets of channels, campaigns and owners (empty = all).
 */
public record Filters(YearMonth from, YearMonth to, Set<String> channels, Set<String> campaigns, Set<String> owners) {
    public static final Filters ALL = new Filters(null, null, Set.of(), Set.of(), Set.of());

    public Filters {
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        campaigns = campaigns == null ? Set.of() : Set.copyOf(campaigns);
        owners = owners == null ? Set.of() : Set.copyOf(owners);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("Period starts " + from + " after it ends " + to);
        }
    }

    public Filters withPeriod(YearMonth newFrom, YearMonth newTo) {
        return new Filters(newFrom, newTo, channels, campaigns, owners);
    }

    public Filters withChannels(Set<String> newChannels) {
        return new Filters(from, to, newChannels, campaigns, owners);
    }

    public boolean includesMonth(YearMonth m) {
        return (from == null || !m.isBefore(from)) && (to == null || !m.isAfter(to));
    }
}
