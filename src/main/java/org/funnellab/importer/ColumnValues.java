package org.funnellab.importer;

import org.funnellab.importer.preset.Presets;
import org.funnellab.importer.read.ReadSettings;
import org.funnellab.importer.read.TableReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct values of one column with their row counts, most frequent first (ties by value): what the value-mapping
 * step of the wizard lists. Streams the file; memory grows with the number of distinct values only.
 */
public final class ColumnValues {
    private ColumnValues() {
    }

    public static Map<String, Long> distinct(Path file, ReadSettings settings, int column) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        try (TableReader table = new TableReader(file, settings, Presets.knownHeaders())) {
            while (table.hasNext()) {
                counts.merge(table.next().cell(column).strip(), 1L, Long::sum);
            }
        }
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> sorted = new LinkedHashMap<>();
        entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
