package org.funnellab.ui.importwizard;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.funnellab.importer.RejectedRow;
import org.funnellab.importer.parse.DateResolution;
import org.funnellab.store.ImportCounts;

import java.util.List;

/** Step 6: what the import wrote (the store's counts), every rejected row kept, date layouts used and warnings. */
public final class ResultStepViewModel {
    private final ReadOnlyLongWrapper read = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper inserted = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper updated = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper unchanged = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper rejected = new ReadOnlyLongWrapper();
    private final ObservableList<RejectedRow> rejectedRows = FXCollections.observableArrayList();
    private final ObservableList<DateResolution> dates = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private List<String> header = List.of();

    ResultStepViewModel() {
    }

    /** Warnings listed on the page; the rest are counted ("+N more") and exported with the others. */
    static final int SHOWN_WARNINGS = 10;

    void clear() {
        read.set(0);
        inserted.set(0);
        updated.set(0);
        unchanged.set(0);
        rejected.set(0);
        header = List.of();
        rejectedRows.clear();
        dates.clear();
        warnings.clear();
    }

    /** Warnings beyond the first {@value #SHOWN_WARNINGS}, shown as "+N more". */
    public int moreWarnings() {
        return Math.max(0, warnings.size() - SHOWN_WARNINGS);
    }

    /**
     * Shows an import's outcome. Each note once: a warning repeated word for word, or one that only restates a
     * date column's layout (listed apart with {@link #dates()}), is not listed again.
     */
    void show(ImportCounts counts, List<String> fileHeader, List<RejectedRow> rows, List<DateResolution> dateLayouts,
              List<String> warningTexts) {
        java.util.Set<String> dateNotes = new java.util.HashSet<>();
        dateLayouts.forEach(d -> dateNotes.add(d.describe()));
        warningTexts = warningTexts.stream().filter(w -> !dateNotes.contains(w)).distinct().toList();
        read.set(counts.read());
        inserted.set(counts.inserted());
        updated.set(counts.updated());
        unchanged.set(counts.unchanged());
        rejected.set(counts.rejected());
        header = List.copyOf(fileHeader);
        rejectedRows.setAll(rows);
        dates.setAll(dateLayouts);
        warnings.setAll(warningTexts);
    }

    /** The file's header, for the rejected rows' cells and their CSV export. */
    public List<String> header() {
        return header;
    }

    public ReadOnlyLongProperty readProperty() {
        return read.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty insertedProperty() {
        return inserted.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty updatedProperty() {
        return updated.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty unchangedProperty() {
        return unchanged.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty rejectedProperty() {
        return rejected.getReadOnlyProperty();
    }

    public ObservableList<RejectedRow> rejectedRows() {
        return rejectedRows;
    }

    public ObservableList<DateResolution> dates() {
        return dates;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }
}
