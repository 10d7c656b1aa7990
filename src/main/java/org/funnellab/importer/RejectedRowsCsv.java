package org.funnellab.importer;

import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes rejected rows as CSV (UTF-8 with BOM so spreadsheets open Cyrillic right): line, reason, then the row's
 * original cells under the original header. Every cell that a spreadsheet would run as a formula — starting with
 * {@code = + - @}, TAB or CR — gets a leading apostrophe, so an export of untrusted CRM text cannot execute.
 */
public final class RejectedRowsCsv {
    private RejectedRowsCsv() {
    }

    /** The rejected rows an import kept, under that file's header. */
    public static void write(Path target, ImportReport report) throws IOException {
        write(target, report.header(), report.rejected());
    }

    public static void write(Path target, List<String> header, List<RejectedRow> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            write(out, header, rows);
        }
    }

    public static void write(Writer out, List<String> header, List<RejectedRow> rows) throws IOException {
        CsvWriter csv = CsvWriter.builder().build(out);
        List<String> head = new ArrayList<>(List.of("line", "reason"));
        header.forEach(h -> head.add(neutralise(h)));
        csv.writeRecord(head);
        for (RejectedRow row : rows) {
            List<String> cells = new ArrayList<>(List.of(Long.toString(row.line()), neutralise(row.reason())));
            row.cells().forEach(c -> cells.add(neutralise(c)));
            csv.writeRecord(cells);
        }
        csv.flush();
    }

    /**
     * Writes rejected rows one by one as an import meets them, so a file with a million bad rows is listed whole
     * without holding them; {@link #restart()} starts the file over (the import started over).
     */
    public static final class Stream implements java.io.Closeable {
        private final Path target;
        private final List<String> header;
        private Writer out;
        private CsvWriter csv;
        private long rows;

        public Stream(Path target, List<String> header) throws IOException {
            this.target = target;
            this.header = List.copyOf(header);
            open();
        }

        private void open() throws IOException {
            out = Files.newBufferedWriter(target, StandardCharsets.UTF_8);
            out.write('\uFEFF');
            csv = CsvWriter.builder().build(out);
            List<String> head = new ArrayList<>(List.of("line", "reason"));
            header.forEach(h -> head.add(neutralise(h)));
            csv.writeRecord(head);
            rows = 0;
        }

        public void write(RejectedRow row) {
            List<String> cells = new ArrayList<>(List.of(Long.toString(row.line()), neutralise(row.reason())));
            row.cells().forEach(c -> cells.add(neutralise(c)));
            csv.writeRecord(cells);
            rows++;
        }

        public void restart() throws IOException {
            close();
            open();
        }

        /** Rows written since the file was (re)started. */
        public long rows() {
            return rows;
        }

        @Override
        public void close() throws IOException {
            csv.flush();
            out.close();
        }
    }

    /** The cell as a spreadsheet will show it but never evaluate it. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
