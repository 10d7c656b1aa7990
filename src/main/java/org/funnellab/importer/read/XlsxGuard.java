package org.funnellab.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks through an XLSX workbook before the reader opens it, in one streaming pass with constant memory: the parts a
 * workbook needs are there, no part inflates beyond {@link ReadLimits} (a "zip bomb"), no text node is longer than a
 * cell can be, and every cell reference of a sheet lies on Excel's grid. A file failing any of these is refused with
 * a sentence saying what is wrong, before a single row is read.
 */
final class XlsxGuard {
    private static final String FIX = "; open it in a spreadsheet and save it again as .xlsx";

    private XlsxGuard() {
    }

    static void check(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null || zip.getEntry("xl/workbook.xml") == null) {
                throw new IOException("the workbook is incomplete (" + (zip.getEntry("xl/workbook.xml") == null
                        ? "it has no xl/workbook.xml" : "it has no [Content_Types].xml") + ")" + FIX);
            }
            long total = 0;
            byte[] buf = new byte[1 << 16];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory() || !(e.getName().endsWith(".xml") || e.getName().endsWith(".rels"))) {
                    continue;
                }
                boolean sheet = e.getName().startsWith("xl/worksheets/");
                Scanner scanner = new Scanner(e.getName(), sheet);
                long size = 0;
                long compressed = Math.max(1, e.getCompressedSize());
                try (InputStream in = zip.getInputStream(e)) {
                    for (int n; (n = in.read(buf)) > 0; ) {
                        size += n;
                        total += n;
                        if (size > ReadLimits.MAX_XLSX_PART_BYTES || total > ReadLimits.MAX_XLSX_TOTAL_BYTES) {
                            throw new IOException("the workbook unpacks to more than "
                                    + (size > ReadLimits.MAX_XLSX_PART_BYTES ? ReadLimits.MAX_XLSX_PART_BYTES
                                    : ReadLimits.MAX_XLSX_TOTAL_BYTES) / (1 << 20) + " MiB (part " + e.getName()
                                    + "); split it or save it as CSV");
                        }
                        if (size > ReadLimits.RATIO_FLOOR_BYTES && size / compressed > ReadLimits.MAX_XLSX_RATIO) {
                            throw new IOException("the workbook's part " + e.getName() + " unpacks to more than "
                                    + ReadLimits.MAX_XLSX_RATIO + " times its packed size: it is not a real"
                                    + " spreadsheet (a \"zip bomb\")");
                        }
                        scanner.feed(buf, n);
                    }
                }
            }
        } catch (ZipException e) {
            throw new IOException("the file starts like an XLSX workbook but is damaged (" + firstLine(e.getMessage())
                    + ")" + FIX, e);
        }
    }

    private static String firstLine(String s) {
        return s == null ? "unreadable archive" : s.lines().findFirst().orElse("unreadable archive");
    }

    /** A byte-level pass over one XML part: text node lengths and, in a sheet, {@code r="..."} cell references. */
    private static final class Scanner {
        private final String part;
        private final boolean sheet;
        private long textRun;
        /** Matching state for {@code  r="}: 0 none, 1 after whitespace, 2 after r, 3 after =, 4 inside the value. */
        private int state;
        private int letters;
        private int digits;
        private long column;
        private long row;

        Scanner(String part, boolean sheet) {
            this.part = part;
            this.sheet = sheet;
        }

        void feed(byte[] buf, int n) throws IOException {
            for (int i = 0; i < n; i++) {
                byte b = buf[i];
                if (b == '<') {
                    textRun = 0;
                } else if (++textRun > ReadLimits.MAX_XML_TEXT_BYTES) {
                    throw new IOException("the workbook holds a text longer than a cell can be (more than "
                            + ReadLimits.MAX_XML_TEXT_BYTES / 1024 + " KiB in " + part + ")" + FIX);
                }
                if (sheet) {
                    reference(b);
                }
            }
        }

        private void reference(byte b) throws IOException {
            switch (state) {
                case 0 -> state = b == ' ' || b == '\t' || b == '\n' || b == '\r' ? 1 : 0;
                case 1 -> state = b == 'r' ? 2 : (b == ' ' || b == '\t' || b == '\n' || b == '\r' ? 1 : 0);
                case 2 -> state = b == '=' ? 3 : 0;
                case 3 -> {
                    if (b == '"' || b == '\'') {
                        state = 4;
                        letters = 0;
                        digits = 0;
                        column = 0;
                        row = 0;
                    } else {
                        state = 0;
                    }
                }
                case 4 -> {
                    if (b >= 'A' && b <= 'Z' && digits == 0) {
                        letters++;
                        column = column * 26 + (b - 'A' + 1);
                        if (letters > 3 || column > ReadLimits.MAX_COLUMNS) {
                            throw outside();
                        }
                    } else if (b >= '0' && b <= '9') {
                        digits++;
                        row = row * 10 + (b - '0');
                        if (digits > 7 || row > ReadLimits.MAX_ROWS) {
                            throw outside();
                        }
                    } else {
                        state = b == ' ' || b == '\t' || b == '\n' || b == '\r' ? 1 : 0;
                    }
                }
                default -> state = 0;
            }
        }

        private IOException outside() {
            return new IOException("the workbook refers to a cell beyond a sheet's " + ReadLimits.MAX_COLUMNS
                    + " columns and " + ReadLimits.MAX_ROWS + " rows (in " + part + ")" + FIX);
        }
    }
}
