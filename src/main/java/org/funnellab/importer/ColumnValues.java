package org.funnellab.importer;

import org.funnellab.importer.mapping.ColumnRole;
import org.funnellab.importer.mapping.Mapping;
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
        try (TableReader table = new TableReader(file, settings, Presets.knownHeaders())) {
            return distinctOf(table, column);
        }
    }

    /**
     * The stage values of the file that {@code mapping} gives no meaning to, with counts: each must be mapped before the
     * import, or its rows will be rejected. Empty when the mapping has no stage column.
     */
    public static Map<String, Long> unmappedStages(Path file, ReadSettings settings, Mapping mapping) throws IOException {
        var stageColumn = mapping.column(ColumnRole.STAGE);
        if (stageColumn == null) {
            return Map.of();
        }
        org.funnellab.importer.preset.StageMeanings meanings = org.funnellab.importer.preset.StageMeanings.of(mapping);
        Map<String, Long> unmapped = new LinkedHashMap<>();
        try (TableReader table = new TableReader(file, settings, Presets.knownHeaders())) {
            int index = new ColumnBinding(mapping, table.header()).index(ColumnRole.STAGE);
            distinctOf(table, index).forEach((value, count) -> {
                if (!value.isEmpty() && meanings.stage(value) == null) {
                    unmapped.put(value, count);
                }
            });
        }
        return unmapped;
    }

    private static Map<String, Long> distinctOf(TableReader table, int column) {
        Map<String, Long> counts = new HashMap<>();
        while (table.hasNext()) {
            counts.merge(table.next().cell(column).strip(), 1L, Long::sum);
        }
        return sorted(counts);
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> result = new LinkedHashMap<>();
        entries.forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }
}
