package org.funnellab.export;

import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as CSV: UTF-8 with a BOM (spreadsheets then open Cyrillic right), the header, then the rows. Numbers are
 * written in full with a '.' decimal point; every text cell a spreadsheet would run as a formula — starting with
 * {@code = + - @}, TAB or CR — gets a leading apostrophe, so exported names from a CRM can never execute.
 */
public final class CsvExport {
    private CsvExport() {
    }

    /** The cell as a spreadsheet will show it but never evaluate it. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }

    public static byte[] toBytes(TableData table) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            CsvWriter csv = CsvWriter.builder().build(out);
            csv.writeRecord(table.columns().stream().map(CsvExport::neutralise).toList());
            for (List<TableData.Cell> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (TableData.Cell c : row) {
                    cells.add(c.numeric() ? BigDecimal.valueOf(c.number()).stripTrailingZeros().toPlainString()
                            : neutralise(c.text()));
                }
                csv.writeRecord(cells);
            }
            csv.flush();
        }
        return bytes.toByteArray();
    }

    public static void write(Path file, TableData table) throws IOException {
        AtomicFiles.write(file, toBytes(table));
    }
}
