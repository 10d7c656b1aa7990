package org.funnellab.importer;

import org.funnellab.importer.mapping.ColumnMapping;
import org.funnellab.importer.mapping.ColumnRole;
import org.funnellab.importer.mapping.Mapping;
import org.funnellab.importer.parse.ValueParsers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A mapping applied to a real header: the column positions of each role. A column is found at its saved position when
 * the header there still has the saved name; otherwise by name (the first unused column so named), so a saved mapping
 * survives an export that moved its columns. A mapped column the file lacks is an error, not a silent gap.
 */
final class ColumnBinding {
    private final Map<ColumnRole, List<Integer>> positions = new EnumMap<>(ColumnRole.class);
    private final List<String> header;

    ColumnBinding(Mapping mapping, List<String> header) throws IOException {
        this.header = header;
        Set<Integer> used = new HashSet<>();
        for (ColumnMapping c : mapping.columns()) {
            if (c.role() == ColumnRole.IGNORE) {
                continue;
            }
            int index = locate(c, used);
            if (index < 0) {
                throw new IOException("the file has no column '" + c.header() + "' (mapped to " + c.role() + ")");
            }
            used.add(index);
            positions.computeIfAbsent(c.role(), r -> new ArrayList<>()).add(index);
        }
    }

    private int locate(ColumnMapping c, Set<Integer> used) {
        if (c.header() == null) {
            return c.index() < header.size() ? c.index() : -1;
        }
        String key = ValueParsers.normalizeKey(c.header());
        if (c.index() >= 0 && c.index() < header.size() && ValueParsers.normalizeKey(header.get(c.index())).equals(key)) {
            return c.index();
        }
        for (int i = 0; i < header.size(); i++) {
            if (!used.contains(i) && ValueParsers.normalizeKey(header.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    boolean has(ColumnRole role) {
        return positions.containsKey(role);
    }

    /** The first column of {@code role}, or -1. */
    int index(ColumnRole role) {
        List<Integer> list = positions.get(role);
        return list == null ? -1 : list.get(0);
    }

    List<Integer> indexes(ColumnRole role) {
        return positions.getOrDefault(role, List.of());
    }

    String headerOf(ColumnRole role) {
        int i = index(role);
        return i < 0 ? role.name() : header.get(i);
    }

    List<String> header() {
        return header;
    }
}
