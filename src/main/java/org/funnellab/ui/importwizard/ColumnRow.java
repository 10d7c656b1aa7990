package org.funnellab.ui.importwizard;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.funnellab.importer.mapping.ColumnRole;

import java.util.List;

/** One source column in the mapping table: its header, the role the user gives it and its first values. */
public final class ColumnRow {
    private final int index;
    private final String header;
    private final ObjectProperty<ColumnRole> role;
    private final List<String> samples;

    ColumnRow(int index, String header, ColumnRole role, List<String> samples) {
        this.index = index;
        this.header = header;
        this.role = new SimpleObjectProperty<>(role);
        this.samples = List.copyOf(samples);
    }

    public int index() {
        return index;
    }

    public String header() {
        return header;
    }

    public ObjectProperty<ColumnRole> roleProperty() {
        return role;
    }

    public ColumnRole role() {
        return role.get();
    }

    /** The first values of the column as the file holds them (up to five). */
    public List<String> samples() {
        return samples;
    }
}
