package org.funnellab.importer.read;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An XLSX sheet (the first by default) streamed by fastexcel-reader. Cells with a date number format become ISO text
 * ({@code yyyy-MM-dd HH:mm:ss}) so the date resolver sees a real date rather than an Excel serial number;
 * other numbers keep their exact decimal text.
 */
final class XlsxRowReader implements RowReader {
    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final CountingInputStream counting;
    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;

    XlsxRowReader(Path file, ReadSettings settings) throws IOException {
        counting = new CountingInputStream(Files.newInputStream(file));
        workbook = new ReadableWorkbook(counting, new ReadingOptions(true, false));
        Sheet sheet = workbook.getSheet(settings.sheetIndex())
                .orElseThrow(() -> new IOException("the workbook has no sheet " + (settings.sheetIndex() + 1)));
        rows = sheet.openStream();
        iterator = rows.iterator();
    }

    @Override
    public boolean hasNext() {
        return iterator.hasNext();
    }

    @Override
    public SourceRow next() {
        Row row = iterator.next();
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return new SourceRow(row.getRowNum(), cells);
    }

    static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
                LocalDateTime date = cell.asDate();
                return date.toLocalTime().toSecondOfDay() == 0 ? date.toLocalDate().toString() : ISO_SECONDS.format(date);
            }
            return plainNumber(cell.asNumber());
        }
        if (cell.getType() == CellType.BOOLEAN) {
            return String.valueOf(cell.asBoolean());
        }
        String raw = cell.getText();
        return raw == null ? "" : raw;
    }

    /**
     * A numeric cell as text that every reader takes for the number it is: {@code 12.345} gets a trailing zero
     * ({@code 12.3450}), because money reading takes "one to three digits, a dot, three digits" for a thousands
     * separator (right for a typed {@code 1.500}, wrong for a spreadsheet's number 12.345).
     */
    static String plainNumber(java.math.BigDecimal number) {
        String text = number.stripTrailingZeros().toPlainString();
        return AMBIGUOUS.matcher(text).matches() ? text + "0" : text;
    }

    private static final java.util.regex.Pattern AMBIGUOUS = java.util.regex.Pattern.compile("-?[1-9]\\d{0,2}[.]\\d{3}");

    static boolean isDateFormat(Integer id, String format) {
        if (id != null && (id >= 14 && id <= 22 || id >= 45 && id <= 47)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        // drop quoted literals and [colour]/[locale] blocks, then look for date letters
        String f = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT);
        return f.matches(".*[dmyh].*") && !f.equals("general");
    }

    @Override
    public long bytesRead() {
        return counting.count();
    }

    @Override
    public void close() throws IOException {
        rows.close();
        workbook.close();
    }
}
