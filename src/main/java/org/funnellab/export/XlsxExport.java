package org.funnellab.export;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A table as an XLSX workbook: the title and the notes (filters, date range) above it, a bold header, numbers as
 * typed numeric cells (so sums and charts work at once) and text as text — never as a formula.
 */
public final class XlsxExport {
    private static final int MAX_SHEET_NAME = 31;

    private XlsxExport() {
    }

    public static byte[] toBytes(TableData table, List<String> notes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "FunnelLab", "1.0");
        Worksheet ws = wb.newWorksheet(sheetName(table.title()));
        int r = 0;
        if (table.title() != null && !table.title().isBlank()) {
            ws.value(r, 0, table.title());
            ws.style(r, 0).bold().fontSize(14).set();
            r++;
        }
        for (String note : notes) {
            ws.value(r++, 0, note);
        }
        if (r > 0) {
            r++;
        }
        for (int c = 0; c < table.columns().size(); c++) {
            ws.value(r, c, table.columns().get(c));
            ws.style(r, c).bold().wrapText(true).set();
            int longest = table.columns().get(c).length();
            for (List<TableData.Cell> row : table.rows()) {
                if (c < row.size()) {
                    longest = Math.max(longest, row.get(c).text().length());
                }
            }
            ws.width(c, Math.min(60, Math.max(8, longest + 2)));
        }
        r++;
        for (List<TableData.Cell> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                TableData.Cell cell = row.get(c);
                if (cell.numeric()) {
                    ws.value(r, c, cell.number());
                } else {
                    ws.value(r, c, cell.text());
                }
            }
            r++;
        }
        wb.finish();
        return out.toByteArray();
    }

    public static void write(Path file, TableData table, List<String> notes) throws IOException {
        AtomicFiles.write(file, toBytes(table, notes));
    }

    /** Excel refuses sheet names over 31 characters or with {@code : \ / ? * [ ]}. */
    static String sheetName(String title) {
        String s = title == null || title.isBlank() ? "Table" : title.replaceAll("[:\\\\/?*\\[\\]]", " ").trim();
        return s.length() > MAX_SHEET_NAME ? s.substring(0, MAX_SHEET_NAME).trim() : s;
    }
}
