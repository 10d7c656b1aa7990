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
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    public long nonBlankCount() {
        return cells.stream().filter(c -> c != null && !c.isBlank()).count();
    }
}
