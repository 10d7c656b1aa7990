package org.funnellab.importer.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Picks the date layout of a whole column: every value is offered with {@link #accept}, then {@link #resolve} returns the
 * layout that reads all of them. When several do (only ambiguous values were seen) the first in {@link DatePattern}
 * order wins — day-first before month-first, long years before short — and the result says it was ambiguous, so the
 * wizard can ask. When none reads every value, the one reading the most wins and the rest are counted as unmatched.
 * Memory is constant, so a million-row column resolves in a streaming pass.
 * <p>
 * By default only the layouts that have read every value so far are tried on the next one (a clean column costs one
 * parse per value, not one per layout). When every layout has failed some value, the "reads the most" choice needs
 * a count for every layout: {@link #needsFullCount()} then says the column must be offered again to a resolver made
 * with {@code fullCount = true}. The result is the same either way.
 */
public final class DateFormatResolver {
    private final String column;
    private final boolean fullCount;
    private final Map<DatePattern, Long> matches = new EnumMap<>(DatePattern.class);
    private final EnumSet<DatePattern> live = EnumSet.allOf(DatePattern.class);
    private long values;

    public DateFormatResolver(String column) {
        this(column, false);
    }

    /** {@code fullCount}: try every layout on every value (the second pass over a column no layout reads fully). */
    public DateFormatResolver(String column, boolean fullCount) {
        this.column = column;
        this.fullCount = fullCount;
    }

    public String column() {
        return column;
    }

    public void accept(String value) {
        if (value == null || value.isBlank() || ValueParsers.isPlaceholder(value)) {
            return;
        }
        values++;
        if (fullCount) {
            for (DatePattern p : DatePattern.values()) {
                if (p.matches(value)) {
                    matches.merge(p, 1L, Long::sum);
                }
            }
            return;
        }
        for (Iterator<DatePattern> it = live.iterator(); it.hasNext(); ) {
            if (!it.next().matches(value)) {
                it.remove();
            }
        }
    }

    /** True when no layout read every value and the counts of a full pass are needed to choose. */
    public boolean needsFullCount() {
        return !fullCount && values > 0 && live.isEmpty();
    }

    public DateResolution resolve() {
        if (!fullCount) {
            if (needsFullCount()) {
                throw new IllegalStateException("no layout reads every value of " + column + ": count them all");
            }
            List<DatePattern> all = values == 0 ? List.of() : List.copyOf(live);
            return new DateResolution(column, all.isEmpty() ? null : all.get(0), all.size() > 1, all, values, 0);
        }
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
        if (r.needsFullCount()) {
            r = new DateFormatResolver(column, true);
            values.forEach(r::accept);
        }
        return r.resolve();
    }
}
