package org.funnellab.importer.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the date layout of a whole column: every value is offered with {@link #accept}, then {@link #resolve} returns the
 * layout that reads all of them. When several do (only ambiguous values were seen) the first in {@link DatePattern}
 * order wins — day-first before month-first, long years before short — and the result says it was ambiguous, so the
 * wizard can ask. When none reads every value, the one reading the most wins and the rest are counted as unmatched.
 * Memory is constant: one counter per layout, so a million-row column resolves in a streaming pass.
 */
public final class DateFormatResolver {
    private final String column;
    private final Map<DatePattern, Long> matches = new EnumMap<>(DatePattern.class);
    private long values;

    public DateFormatResolver(String column) {
        this.column = column;
    }

    public void accept(String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        values++;
        for (DatePattern p : DatePattern.values()) {
            if (p.matches(value)) {
                matches.merge(p, 1L, Long::sum);
            }
        }
    }

    public DateResolution resolve() {
        List<DatePattern> all = new ArrayList<>();
        for (DatePattern p : DatePattern.values()) {
            if (matches.getOrDefault(p, 0L) == values && values > 0) {
                all.add(p);
            }
        }
        if (!all.isEmpty()) {
            return new DateResolution(column, all.get(0), all.size() > 1, List.copyOf(all), values, 0);
        }
        DatePattern best = null;
        long bestCount = 0;
        for (DatePattern p : DatePattern.values()) {
            long c = matches.getOrDefault(p, 0L);
            if (c > bestCount) {
                best = p;
                bestCount = c;
            }
        }
        return new DateResolution(column, best, false, best == null ? List.of() : List.of(best), values,
                values - bestCount);
    }

    /** Convenience for a column already in memory (the preview, tests). */
    public static DateResolution resolve(String column, Iterable<String> values) {
        DateFormatResolver r = new DateFormatResolver(column);
        values.forEach(r::accept);
        return r.resolve();
    }
}
