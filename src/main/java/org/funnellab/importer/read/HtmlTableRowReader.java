package org.funnellab.importer.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(settings.bomLength());
            Parser parser = Parser.htmlParser().setTrackPosition(true);
            doc = Jsoup.parse(in, settings.charset().name(), "", parser);
        }
        Element table = doc.select("table").stream()
                .max(Comparator.comparingInt(t -> t.select("tr").size()))
                .orElseThrow(() -> new IOException("the HTML file has no table"));
        List<Element> trs = new ArrayList<>(table.select("tr"));
        total = trs.size();
        rows = trs.iterator();
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
        for (Element cell : tr.select("> th, > td")) {
            cells.add(cell.wholeText().replace('\u00A0', ' ').strip().replaceAll("[ \\t]*\\R[ \\t]*", "\n"));
        }
        return new SourceRow(tr.sourceRange().start().lineNumber(), cells);
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
