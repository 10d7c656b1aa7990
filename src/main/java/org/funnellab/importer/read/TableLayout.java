package org.funnellab.importer.read;

import org.funnellab.importer.parse.ValueParsers;

import java.util.List;
import java.util.Set;

/**
 * Rules that tell the header row and junk rows from data. The header is the first row with at least two cells that are
 * known header names; failing that, the first row whose cells are mostly filled and none numeric. A junk row is empty, or
 * starts with a total/footer word ("Grand Totals", "Total", "Итого", "Confidential Information", "Copyright", "©") and
 * fills at most half of the header's columns — so a deal named "Total Rewards" in a full row is still data.
 */
public final class TableLayout {
    private static final List<String> FOOTER_PREFIXES = List.of(
            "grand total", "total", "итого", "всего", "confidential information", "copyright", "©", "(c) ");

    private TableLayout() {
    }

    /** Index into {@code rows} of the header row, or -1 when no row looks like one. */
    public static int findHeader(List<SourceRow> rows, Set<String> knownHeaders) {
        for (int i = 0; i < rows.size(); i++) {
            long known = rows.get(i).cells().stream()
                    .filter(c -> knownHeaders.contains(ValueParsers.normalizeKey(c))).count();
            if (known >= 2) {
                return i;
            }
        }
        long widest = rows.stream().mapToLong(SourceRow::nonBlankCount).max().orElse(0);
        for (int i = 0; i < rows.size(); i++) {
            SourceRow row = rows.get(i);
            long filled = row.nonBlankCount();
            boolean anyNumeric = row.cells().stream().anyMatch(ValueParsers::looksNumeric);
            if (filled >= 2 && filled * 2 >= widest && !anyNumeric) {
                return i;
            }
        }
        return -1;
    }

    /** Why {@code row} is junk, or null when it is data. */
    public static String junkReason(SourceRow row, int headerWidth) {
        // more than half the header's width filled: a data row (counted only that far)
        int half = Math.max(2, headerWidth) / 2 + 1;
        int filled = row.nonBlankCount(half);
        if (filled == 0) {
            return "empty row";
        }
        if (filled >= half) {
            return null;
        }
        String first = row.cells().stream().filter(c -> c != null && !c.isBlank()).findFirst().orElse("");
        String key = ValueParsers.normalizeKey(first);
        for (String prefix : FOOTER_PREFIXES) {
            if (key.startsWith(prefix)) {
                return "total or footer row: " + abbreviate(first);
            }
        }
        return null;
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
