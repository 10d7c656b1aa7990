package org.funnellab.importer.read;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Delimited text through FastCSV; quoted fields may span lines, and a row reports the line it starts on. */
final class DelimitedRowReader implements RowReader {
    private final CountingInputStream counting;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> iterator;
    private long lastLine;

    DelimitedRowReader(Path file, ReadSettings settings) throws IOException {
        counting = new CountingInputStream(Files.newInputStream(file));
        counting.skipNBytes(settings.bomLength());
        reader = CsvReader.builder()
                .fieldSeparator(settings.delimiter())
                .skipEmptyLines(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false)
                .ofCsvRecord(new InputStreamReader(new BufferedInputStream(counting, 1 << 16), settings.charset()));
        iterator = reader.iterator();
    }

    @Override
    public boolean hasNext() {
        try {
            return iterator.hasNext();
        } catch (CsvParseException e) {
            throw new MalformedFileException(lastLine + 1, describe(e), e);
        }
    }

    @Override
    public SourceRow next() {
        try {
            CsvRecord record = iterator.next();
            lastLine = record.getStartingLineNumber();
            return new SourceRow(record.getStartingLineNumber(), record.getFields());
        } catch (CsvParseException e) {
            throw new MalformedFileException(lastLine + 1, describe(e), e);
        }
    }

    private static String describe(CsvParseException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "the file is malformed (" + root.getMessage() + ")";
    }

    @Override
    public long bytesRead() {
        return counting.count();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
