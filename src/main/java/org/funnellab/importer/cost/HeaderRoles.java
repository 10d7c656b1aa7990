package org.funnellab.importer.cost;

import org.funnellab.importer.parse.ValueParsers;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds columns by header synonyms, for sheets that import without a mapping file. */
final class HeaderRoles<R extends Enum<R>> {
    private final Map<R, Integer> positions = new HashMap<>();

    HeaderRoles(List<String> header, Map<R, List<String>> synonyms) {
        for (var e : synonyms.entrySet()) {
            Set<String> keys = new HashSet<>();
            e.getValue().forEach(s -> keys.add(ValueParsers.normalizeKey(s)));
            for (int i = 0; i < header.size(); i++) {
                if (keys.contains(ValueParsers.normalizeKey(header.get(i)))) {
                    positions.put(e.getKey(), i);
                    break;
                }
            }
        }
    }

    static <R extends Enum<R>> Set<String> vocabulary(Map<R, List<String>> synonyms) {
        Set<String> all = new HashSet<>();
        synonyms.values().forEach(list -> list.forEach(s -> all.add(ValueParsers.normalizeKey(s))));
        return all;
    }

    boolean has(R role) {
        return positions.containsKey(role);
    }

    int index(R role) {
        return positions.getOrDefault(role, -1);
    }

    void require(R role, String what) throws IOException {
        if (!has(role)) {
            throw new IOException("the sheet has no " + what + " column");
        }
    }
}
