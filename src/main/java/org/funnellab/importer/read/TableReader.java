package org.funnellab.importer.read;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The data rows of a file under its header. Finds the header among the first {@value #LOOKAHEAD} rows (or takes the
 * configured header line), drops an empty trailing header column (Bitrix24 ends every row with {@code ;}), and skips
 * junk rows, recording each with its reason. At most {@value #MAX_JUNK_KEPT} junk lines are kept; all are counted.
 */
public final class TableReader implements Closeable {
    static final int LOOKAHEAD = 40;
    static final int MAX_JUNK_KEPT = 10_000;

    private final RowReader rows;
    private final Deque<SourceRow> buffered = new ArrayDeque<>();
    private final List<String> header;
    private final long headerLine;
    private final List<JunkLine> junk = new ArrayList<>();
    private long junkCount;
    private SourceRow next;

    public TableReader(Path file, ReadSettings settings, Set<String> knownHeaders) throws IOException {
        rows = RowReader.open(file, settings);
        try {
            List<SourceRow> head = new ArrayList<>();
            while (head.size() < LOOKAHEAD && rows.hasNext()) {
                head.add(checked(rows.next()));
            }
            int index = -1;
            if (settings.headerLine() > 0) {
                for (int i = 0; i < head.size(); i++) {
                    if (head.get(i).line() == settings.headerLine()) {
                        index = i;
                    }
                }
                if (index < 0) {
                    throw new IOException("line " + settings.headerLine() + " is not among the first rows of the file");
                }
            } else {
                index = TableLayout.findHeader(head, knownHeaders);
                if (index < 0) {
                    throw new IOException("no header row found in the first " + LOOKAHEAD + " rows");
                }
            }
            for (int i = 0; i < index; i++) {
                addJunk(new JunkLine(head.get(i).line(), head.get(i).isBlank() ? "empty row" : "title row above the header"));
            }
            List<String> cells = new ArrayList<>(head.get(index).cells());
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                cells.remove(cells.size() - 1);
            }
            header = List.copyOf(cells.stream().map(String::strip).toList());
            headerLine = head.get(index).line();
            buffered.addAll(head.subList(index + 1, head.size()));
        } catch (IOException | RuntimeException e) {
            rows.close();
            throw e;
        }
    }

    public List<String> header() {
        return header;
    }

    public long headerLine() {
        return headerLine;
    }

    /** Junk lines seen so far (the first {@value #MAX_JUNK_KEPT}). */
    public List<JunkLine> junk() {
        return List.copyOf(junk);
    }

    public long junkCount() {
        return junkCount;
    }

    public long bytesRead() {
        return rows.bytesRead();
    }

    public boolean hasNext() {
        while (next == null) {
            SourceRow row;
            if (!buffered.isEmpty()) {
                row = buffered.poll();
            } else if (rows.hasNext()) {
                row = checked(rows.next());
            } else {
                return false;
            }
            String reason = TableLayout.junkReason(row, header.size());
            if (reason != null) {
                addJunk(new JunkLine(row.line(), reason));
            } else {
                next = trimTrailingBlanks(row);
            }
        }
        return true;
    }

    public SourceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRow row = next;
        next = null;
        return row;
    }

    /** The row, if no cell is longer than {@link ReadLimits#MAX_CELL_CHARS}; else the file is malformed there. */
    static SourceRow checked(SourceRow row) {
        List<String> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (c != null && c.length() > ReadLimits.MAX_CELL_CHARS) {
                throw new MalformedFileException(row.line(), "cell " + (i + 1) + " holds " + String.format("%,d",
                        c.length()) + " characters; a cell may hold at most " + String.format("%,d",
                        ReadLimits.MAX_CELL_CHARS) + " (the limit of Excel)", null);
            }
        }
        return row;
    }

    private SourceRow trimTrailingBlanks(SourceRow row) {
        List<String> cells = row.cells();
        int end = cells.size();
        while (end > header.size() && cells.get(end - 1).isBlank()) {
            end--;
        }
        return end == cells.size() ? row : new SourceRow(row.line(), cells.subList(0, end));
    }

    private void addJunk(JunkLine line) {
        junkCount++;
        if (junk.size() < MAX_JUNK_KEPT) {
            junk.add(line);
        }
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
