package org.funnellab.importer.parse;

import java.util.List;

/**
 * The layout chosen for one date column. {@code ambiguous} is true when several layouts read every value
 * (e.g. only days ≤ 12 were seen, so d/M and M/d both fit); {@code candidates} lists them, the chosen one first.
 * {@code unmatched} counts values the chosen layout cannot read (they become rejected rows).
 */
public record DateResolution(String column, DatePattern pattern, boolean ambiguous, List<DatePattern> candidates,
                             long values, long unmatched) {
    public String describe() {
        if (values == 0) {
            return column + ": empty";
        }
        if (pattern == null) {
            return column + ": no date layout fits";
        }
        return column + ": " + pattern.display() + (ambiguous ? " (ambiguous, also fits " + candidates.subList(1,
                candidates.size()).stream().map(DatePattern::display).toList() + ")" : "")
                + (unmatched > 0 ? ", " + unmatched + " value(s) do not fit" : "");
    }
}
