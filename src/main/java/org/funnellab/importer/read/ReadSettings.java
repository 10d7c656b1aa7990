package org.funnellab.importer.read;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * How to read a file: detected by {@link FormatDetector}, each part overridable by the user through the {@code with*}
 * methods. {@code bomLength} is the number of byte-order-mark bytes to skip; {@code headerLine} is the 1-based line of the
 * header row, or 0 to detect it.
 */
public record ReadSettings(FileKind kind, Charset charset, int bomLength, char delimiter, int sheetIndex, long headerLine) {
    public ReadSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(charset, "charset");
    }

    public ReadSettings withCharset(Charset newCharset) {
        return new ReadSettings(kind, newCharset, 0, delimiter, sheetIndex, headerLine);
    }

    public ReadSettings withDelimiter(char newDelimiter) {
        return new ReadSettings(kind, charset, bomLength, newDelimiter, sheetIndex, headerLine);
    }

    public ReadSettings withKind(FileKind newKind) {
        return new ReadSettings(newKind, charset, bomLength, delimiter, sheetIndex, headerLine);
    }

    public ReadSettings withSheetIndex(int index) {
        return new ReadSettings(kind, charset, bomLength, delimiter, index, headerLine);
    }

    public ReadSettings withHeaderLine(long line) {
        return new ReadSettings(kind, charset, bomLength, delimiter, sheetIndex, line);
    }
}
