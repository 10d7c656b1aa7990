package org.funnellab.importer.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The largest {@code <table>} of an HTML document (Bitrix24 saves its "Excel" export this way). Rows report the source
 * line of their {@code <tr>}. Such exports are small, so the document is parsed whole.
 */
final class HtmlTableRowReader implements RowReader {
    private final Iterator<Element> rows;
    private final long size;
    private long consumed;
    private final int total;

    HtmlTableRowReader(Path file, ReadSettings settings) throws IOException {
        size = Files.size(file);
        if (size > ReadLimits.MAX_HTML_BYTES) {
            throw new IOException("the HTML table export is larger than " + (ReadLimits.MAX_HTML_BYTES >> 20)
                    + " MiB; export the data as CSV or XLSX instead");
        }
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(settings.bomLength());
            Parser parser = Parser.htmlParser().setTrackPosition(true);
            doc = Jsoup.parse(in, settings.charset().name(), "", parser);
        }
        Element table = largestTable(doc);
        List<Element> trs = new ArrayList<>(table.select("tr"));
        total = trs.size();
        rows = trs.iterator();
    }

    /**
     * The table with the most rows (its nested tables' rows included), found in one walk of the document; tables
     * nested deeper than {@link ReadLimits#MAX_HTML_TABLE_DEPTH} are refused, since every level would repeat the
     * text of the levels inside it.
     */
    static Element largestTable(Document doc) throws IOException {
        List<Element> tables = new ArrayList<>();
        List<long[]> rows = new ArrayList<>();
        Deque<long[]> open = new ArrayDeque<>();
        int[] deepest = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.nameIs("table")) {
                        long[] count = new long[1];
                        tables.add(e);
                        rows.add(count);
                        open.push(count);
                        deepest[0] = Math.max(deepest[0], open.size());
                    } else if (e.nameIs("tr") && !open.isEmpty()) {
                        open.peek()[0]++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.nameIs("table")) {
                    long inner = open.pop()[0];
                    if (!open.isEmpty()) {
                        open.peek()[0] += inner;
                    }
                }
            }
        }, doc);
        if (deepest[0] > ReadLimits.MAX_HTML_TABLE_DEPTH) {
            throw new IOException("the HTML file holds tables nested " + deepest[0] + " deep (at most "
                    + ReadLimits.MAX_HTML_TABLE_DEPTH + " are read); it is not a table export");
        }
        int best = -1;
        for (int i = 0; i < tables.size(); i++) {
            if (best < 0 || rows.get(i)[0] > rows.get(best)[0]) {
                best = i; // the first of equal maxima, in document order
            }
        }
        if (best < 0) {
            throw new IOException("the HTML file has no table");
        }
        return tables.get(best);
    }

    /** Each line break with the spaces and tabs around it becomes one {@code \n}, in one pass (linear time). */
    static String collapseLineBreaks(String s) {
        StringBuilder out = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028'
                    || c == '\u2029') {
                if (out == null) {
                    out = new StringBuilder(n).append(s, 0, i);
                }
                int end = out.length();
                while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
                    end--;
                }
                out.setLength(end);
                out.append('\n');
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                while (i + 1 < n && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) {
                    i++;
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public SourceRow next() {
        Element tr = rows.next();
        consumed++;
        List<String> cells = new ArrayList<>();
        long line = tr.sourceRange().start().lineNumber();
        for (Element cell : tr.select("> th, > td")) {
            String text = cell.wholeText();
            if (text.length() > ReadLimits.MAX_CELL_CHARS * 4L) {
                // far beyond a cell's limit even before spaces are collapsed; refused before any further work
                TableReader.checked(new SourceRow(line, List.of(text)));
            }
            cells.add(collapseLineBreaks(text.replace('\u00A0', ' ').strip()));
        }
        return new SourceRow(line, cells);
    }

    @Override
    public long bytesRead() {
        return total == 0 ? size : size * consumed / total;
    }

    @Override
    public void close() {
        // the document was read and closed in the constructor
    }
}
