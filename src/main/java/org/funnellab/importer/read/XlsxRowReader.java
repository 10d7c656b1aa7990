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

    private long lastRow;

    /**
     * Opens the sheet after {@link XlsxGuard} checked the whole workbook; whatever the reader still finds wrong is an
     * {@link IOException} (opening) or a {@link MalformedFileException} with the row (reading), in words.
     */
    XlsxRowReader(Path file, ReadSettings settings) throws IOException {
        XlsxGuard.check(file);
        counting = new CountingInputStream(Files.newInputStream(file));
        ReadableWorkbook opened = null;
        Stream<Row> stream = null;
        try {
            opened = new ReadableWorkbook(counting, new ReadingOptions(true, false));
            Sheet sheet = opened.getSheet(settings.sheetIndex())
                    .orElseThrow(() -> new IOException("the workbook has no sheet " + (settings.sheetIndex() + 1)));
            stream = sheet.openStream();
            workbook = opened;
            rows = stream;
            iterator = stream.iterator();
        } catch (IOException | RuntimeException e) {
            closeQuietly(stream, opened);
            counting.close();
            if (e instanceof IOException io && io.getMessage() != null && io.getMessage().startsWith("the workbook")) {
                throw io;
            }
            throw new IOException("the XLSX workbook is damaged or incomplete (" + damage(e) + ")" + FIX, e);
        }
    }

    private static final String FIX = "; open it in a spreadsheet and save it again as .xlsx";

    /** What the reader said, without its class names: the first line of the innermost message. */
    static String damage(Throwable e) {
        Throwable t = e;
        String message = null;
        for (int depth = 0; t != null && depth < 10; t = t.getCause(), depth++) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            return "unreadable";
        }
        String first = message.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("unreadable").strip();
        first = first.replaceAll("\\b(?:java|javax|org|com)\\.[\\w.$]+:?\\s*", "").replaceFirst("^Message:\\s*", "");
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }

    private static void closeQuietly(Stream<Row> stream, ReadableWorkbook opened) {
        try {
            if (stream != null) {
                stream.close();
            }
            if (opened != null) {
                opened.close();
            }
        } catch (IOException | RuntimeException ignored) {
            // already failing: the first error is the one to report
        }
    }

    @Override
    public boolean hasNext() {
        try {
            return iterator.hasNext();
        } catch (RuntimeException e) {
            throw new MalformedFileException(lastRow + 1, "the XLSX workbook is damaged here (" + damage(e) + ")"
                    + FIX, e);
        }
    }

    @Override
    public SourceRow next() {
        Row row;
        try {
            row = iterator.next();
        } catch (RuntimeException e) {
            throw new MalformedFileException(lastRow + 1, "the XLSX workbook is damaged here (" + damage(e) + ")"
                    + FIX, e);
        }
        lastRow = row.getRowNum();
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(safeText(row, i));
        }
        return new SourceRow(row.getRowNum(), cells);
    }

    /**
     * The cell's text. A number the reader cannot convert (a date serial outside the calendar) is kept as its raw
     * text, so the row is judged — and rejected with its line — like any other; any other unreadable cell (a shared
     * text that is not in the workbook) means the file is damaged at that row.
     */
    private static String safeText(Row row, int i) {
        Cell cell = null;
        try {
            cell = row.getCell(i);
            return text(cell);
        } catch (RuntimeException e) {
            if (cell != null && cell.getType() == CellType.NUMBER) {
                String raw = cell.getRawValue();
                return raw == null ? "" : raw;
            }
            throw new MalformedFileException(row.getRowNum(), "the XLSX workbook is damaged in cell " + (i + 1)
                    + " (" + damage(e) + ")" + FIX, e);
        }
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
        try {
            rows.close();
            workbook.close();
        } catch (RuntimeException e) {
            throw new IOException("the XLSX workbook could not be closed (" + damage(e) + ")", e);
        }
    }
}
