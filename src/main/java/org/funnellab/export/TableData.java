package org.funnellab.export;

import java.util.List;

/**
 * A table as exported: column names and rows of cells. A cell has the text a person reads and, when it is a
 * number, the number itself — so XLSX gets typed numeric cells and CSV a plain machine-readable value.
 */
public record TableData(String title, List<String> columns, List<List<Cell>> rows) {
    public TableData {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** One cell: {@code number} is null for text. */
    public record Cell(String text, Double number) {
        public static Cell text(String text) {
            return new Cell(text == null ? "" : text, null);
        }

        public static Cell number(double value, String text) {
            return Double.isFinite(value) ? new Cell(text, value) : text(text);
        }

        public boolean numeric() {
            return number != null;
        }
    }

    /**
     * Tab-separated text as a spreadsheet pastes it: the header (left out when it has no names, as for cards), then
     * one line per row, cells as displayed.
     */
    public String toTsv() {
        StringBuilder sb = new StringBuilder();
        if (columns.stream().anyMatch(c -> !c.isBlank())) {
            sb.append(String.join("\t", columns.stream().map(TableData::tsvCell).toList())).append('\n');
        }
        for (List<Cell> row : rows) {
            sb.append(String.join("\t", row.stream().map(c -> tsvCell(c.text())).toList())).append('\n');
        }
        return sb.toString();
    }

    private static String tsvCell(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
