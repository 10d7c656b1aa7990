package org.funnellab.export;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The scenario comparison table as CSV or XLSX. Cells are text or numbers (null: empty, e.g. an undefined value).
 * CSV is UTF-8 with a byte-order mark (spreadsheets then read Cyrillic right), comma-separated, quoted where needed,
 * and formula-safe: a text cell starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe so
 * no spreadsheet runs it. Numbers are written in full with a '.' decimal point. Either file is written beside the
 * target and moved into place, so a failed write never leaves half a file.
 */
public final class ScenarioComparisonExport {
    /** A table: a header row and rows of cells (String, Number or null). */
    public record Table(List<String> header, List<List<Object>> rows) {
    }

    private ScenarioComparisonExport() {
    }

    public static void writeCsv(Path file, Table table) throws IOException {
        Path tmp = temp(file);
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write('\uFEFF');
                line(w, List.copyOf(table.header()));
                for (List<Object> row : table.rows()) {
                    line(w, row);
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void line(BufferedWriter w, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csvCell(cells.get(i)));
        }
        w.write("\r\n");
    }

    /** One CSV cell: a number in full, or text made formula-safe and quoted when needed. */
    public static String csvCell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Number n) {
            return number(n);
        }
        String s = safeText(v.toString());
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** Text that a spreadsheet will not read as a formula. */
    public static String safeText(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }

    private static String number(Number n) {
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("a table cell must be a finite number");
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    public static void writeXlsx(Path file, Table table, String sheetName) throws IOException {
        Path tmp = temp(file);
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                Workbook wb = new Workbook(out, "FunnelLab", "1.0");
                Worksheet ws = wb.newWorksheet(sheetName);
                for (int c = 0; c < table.header().size(); c++) {
                    ws.value(0, c, table.header().get(c));
                    ws.style(0, c).bold().set();
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    List<Object> row = table.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        Object v = row.get(c);
                        if (v instanceof Number n) {
                            ws.value(r + 1, c, n.doubleValue());
                        } else if (v != null) {
                            // Cells are typed as text, never formulas; the apostrophe is for CSV only.
                            ws.value(r + 1, c, v.toString());
                        }
                    }
                }
                wb.finish();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path temp(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        return Files.createTempFile(dir, ".comparison", ".tmp");
    }
}
