package org.funnellab.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Detects how to read a file from its first 64 KiB: an XLSX workbook (ZIP signature), an HTML table (Bitrix24's ".xls"
 * whose bytes start with {@code <} or contain {@code <table}), or delimited text with its encoding and separator.
 * Each decision comes with a sentence saying why, shown next to the override controls.
 */
public final class FormatDetector {
    static final int SAMPLE_BYTES = 64 * 1024;

    /** The settings found and the reasons behind them. */
    public record Detection(ReadSettings settings, List<String> reasons) {
    }

    private FormatDetector() {
    }

    public static Detection detect(Path file) throws IOException {
        byte[] sample = new byte[SAMPLE_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(sample, 0, SAMPLE_BYTES);
        }
        List<String> reasons = new ArrayList<>();
        if (length >= 4 && sample[0] == 'P' && sample[1] == 'K' && sample[2] == 3 && sample[3] == 4) {
            reasons.add("ZIP signature: an XLSX workbook");
            return new Detection(new ReadSettings(FileKind.XLSX, StandardCharsets.UTF_8, 0, ',', 0, 0), reasons);
        }
        if (length >= 8 && (sample[0] & 0xFF) == 0xD0 && (sample[1] & 0xFF) == 0xCF && (sample[2] & 0xFF) == 0x11
                && (sample[3] & 0xFF) == 0xE0) {
            throw new IOException("this is a legacy binary Excel workbook (.xls 97-2003), which cannot be read; "
                    + "open it in a spreadsheet and save it as .xlsx or CSV");
        }
        EncodingDetector.Detected enc = EncodingDetector.detect(sample, length);
        reasons.add("encoding " + enc.charset().name() + ": " + enc.reason());
        String text = new String(sample, enc.bomLength(), Math.max(0, length - enc.bomLength()), enc.charset());
        String lower = text.stripLeading().toLowerCase(Locale.ROOT);
        // markup first, or a table tag near the top (some exports put a text preamble before the HTML)
        if (lower.startsWith("<") || lower.substring(0, Math.min(lower.length(), 2048)).contains("<table")) {
            reasons.add("HTML markup with a table: an HTML-table \"Excel\" export");
            return new Detection(new ReadSettings(FileKind.HTML_TABLE, enc.charset(), enc.bomLength(), ',', 0, 0),
                    reasons);
        }
        char delimiter = DelimiterDetector.detect(text);
        reasons.add("separator " + describe(delimiter));
        return new Detection(new ReadSettings(FileKind.DELIMITED, enc.charset(), enc.bomLength(), delimiter, 0, 0),
                reasons);
    }

    static String describe(char delimiter) {
        return switch (delimiter) {
            case '\t' -> "TAB";
            case ';' -> "semicolon";
            case ',' -> "comma";
            case '|' -> "pipe";
            default -> "'" + delimiter + "'";
        };
    }

    /** The sheet names of an XLSX workbook, in order, for choosing another sheet than the first. */
    public static List<String> sheetNames(Path xlsx) throws IOException {
        XlsxGuard.check(xlsx);
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                xlsx.toFile())) {
            return workbook.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList();
        } catch (RuntimeException e) {
            throw new IOException("the XLSX workbook is damaged or incomplete (" + XlsxRowReader.damage(e) + ")", e);
        }
    }
}
