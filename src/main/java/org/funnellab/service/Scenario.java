package org.funnellab.service;

import org.funnellab.domain.Filters;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A saved what-if scenario: a name, an optional note, the filters it looks at, and the inputs that differ from the
 * baseline across the four panels (panel id → parameter id → value). Everything else follows the data: opened after
 * new data was imported, a scenario keeps its overrides over the new baseline.
 */
public record Scenario(String name, String note, Filters filters, Map<String, Map<String, Double>> overrides,
                       Instant createdAt, Instant updatedAt) {
    public Scenario {
        Objects.requireNonNull(name, "name");
        note = note == null ? "" : note;
        filters = filters == null ? Filters.ALL : filters;
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
        if (overrides != null) {
            overrides.forEach((panel, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(panel, Collections.unmodifiableMap(new LinkedHashMap<>(values)));
                }
            });
        }
        overrides = Collections.unmodifiableMap(copy);
    }

    /** A new scenario (times are set when it is stored). */
    public static Scenario of(String name, String note, Filters filters, Map<String, Map<String, Double>> overrides) {
        return new Scenario(name, note, filters, overrides, null, null);
    }

    /** The overrides of one panel (empty when it has none). */
    public Map<String, Double> overrides(String panel) {
        return overrides.getOrDefault(panel, Map.of());
    }

    public Scenario withName(String newName) {
        return new Scenario(newName, note, filters, overrides, createdAt, updatedAt);
    }

    public Scenario withNote(String newNote) {
        return new Scenario(name, newNote, filters, overrides, createdAt, updatedAt);
    }

    /** The same scenario without one panel's override (e.g. of a channel the data no longer has). */
    public Scenario withoutOverride(String panel, String input) {
        Map<String, Map<String, Double>> copy = new LinkedHashMap<>(overrides);
        Map<String, Double> p = new LinkedHashMap<>(overrides(panel));
        p.remove(input);
        copy.put(panel, p);
        return new Scenario(name, note, filters, copy, createdAt, updatedAt);
    }

    /** The number of overridden inputs over all panels. */
    public int overrideCount() {
        return overrides.values().stream().mapToInt(Map::size).sum();
    }
}
