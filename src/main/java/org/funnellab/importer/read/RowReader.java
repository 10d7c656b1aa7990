package org.funnellab.importer.read;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * A stream of the physical rows of a file, read lazily so a million-row file never sits in memory (the HTML-table reader
 * is the exception: such exports are small and jsoup needs the whole document). A malformed file (e.g. a quote never
 * closed) surfaces as {@link MalformedFileException} with the line.
 */
public interface RowReader extends Iterator<SourceRow>, Closeable {
    /** Bytes of the file consumed so far. */
    long bytesRead();

    static RowReader open(Path file, ReadSettings settings) throws IOException {
        return switch (settings.kind()) {
            case DELIMITED -> new DelimitedRowReader(file, settings);
            case XLSX -> new XlsxRowReader(file, settings);
            case HTML_TABLE -> new HtmlTableRowReader(file, settings);
        };
    }
}
