package org.funnellab.importer.mapping;

import java.util.Objects;

/**
 * One source column: its 0-based position, its header text (so a saved mapping still finds the column when an export
 * moves it) and its role. Repeated header names are told apart by position.
 */
public record ColumnMapping(int index, String header, ColumnRole role) {
    public ColumnMapping {
        Objects.requireNonNull(role, "role");
    }
}
