package org.funnellab.importer.read;

import java.util.List;

/** One physical row of a source file: its cells and the 1-based line (or sheet row) where it starts. */
public record SourceRow(long line, List<String> cells) {
    public SourceRow {
        cells = List.copyOf(cells);
    }

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    public long nonBlankCount() {
        return nonBlankCount(Integer.MAX_VALUE);
    }

    /** The cells that are not blank, counted up to {@code enough} (a row read a million times stops early). */
    public int nonBlankCount(int enough) {
        int n = 0;
        for (int i = 0; i < cells.size() && n < enough; i++) {
            String c = cells.get(i);
            if (c != null && !c.isBlank()) {
                n++;
            }
        }
        return n;
    }
}
