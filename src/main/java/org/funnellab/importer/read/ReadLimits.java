package org.funnellab.importer.read;

/**
 * The bounds every reader keeps, so that a damaged or hostile file ends in a message in bounded time and memory
 * instead of exhausting the machine. Each is far above what a real CRM export or cost sheet holds.
 */
public final class ReadLimits {
    /** Characters in one cell: Excel's own limit. A longer cell is a malformed file (named with its line). */
    public static final int MAX_CELL_CHARS = 32_767;
    /** Uncompressed bytes of one part of an XLSX workbook (a sheet, the shared strings). */
    public static final long MAX_XLSX_PART_BYTES = 1L << 30;
    /** Uncompressed bytes of all parts of an XLSX workbook together. */
    public static final long MAX_XLSX_TOTAL_BYTES = 2L << 30;
    /** How much larger than its compressed size a big XLSX part may be; beyond it the file is a "zip bomb". */
    public static final long MAX_XLSX_RATIO = 200;
    /** Parts smaller than this are never judged by their compression ratio. */
    static final long RATIO_FLOOR_BYTES = 64L << 20;
    /**
     * Longest stretch of an XLSX part without markup: one text node. A cell of {@link #MAX_CELL_CHARS} characters
     * takes at most ~200 KB even with every character escaped as an entity.
     */
    public static final int MAX_XML_TEXT_BYTES = 512 * 1024;
    /** Excel's sheet: 16,384 columns (XFD) and 1,048,576 rows. A cell reference beyond them is malformed. */
    public static final int MAX_COLUMNS = 16_384;
    public static final int MAX_ROWS = 1_048_576;
    /** An HTML-table export is parsed whole: its size is bounded. */
    public static final long MAX_HTML_BYTES = 128L << 20;
    /** Tables inside tables in an HTML export; real exports nest one or two. */
    public static final int MAX_HTML_TABLE_DEPTH = 16;
    /** Open elements inside one another in an HTML export (every unclosed tag counts). */
    public static final int MAX_HTML_DEPTH = 256;

    private ReadLimits() {
    }
}
