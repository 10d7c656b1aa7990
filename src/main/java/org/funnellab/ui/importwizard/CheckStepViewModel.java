package org.funnellab.ui.importwizard;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.funnellab.importer.parse.DateResolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Step 4: what the first rows become before anything is written: parsed rows, the date layout of each date column
 * (and whether it was ambiguous), and how many rows would be rejected and why.
 */
public final class CheckStepViewModel {
    /** A rejection reason and how many of the checked rows it hit. */
    public record ReasonCount(String reason, long count) {
    }

    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private final ObservableList<DateResolution> dates = FXCollections.observableArrayList();
    private final ObservableList<ReasonCount> rejections = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper checked = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper accepted = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper rejected = new ReadOnlyLongWrapper();

    CheckStepViewModel() {
    }

    void clear() {
        rows.clear();
        dates.clear();
        rejections.clear();
        checked.set(0);
        accepted.set(0);
        rejected.set(0);
    }

    void show(DryRun.Result r) {
        columns.setAll(r.columns());
        rows.setAll(r.rows());
        dates.setAll(r.dates());
        List<ReasonCount> reasons = new ArrayList<>();
        r.rejectionReasons().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> reasons.add(new ReasonCount(e.getKey(), e.getValue())));
        rejections.setAll(reasons);
        checked.set(r.checked());
        accepted.set(r.accepted());
        rejected.set(r.rejected());
    }

    /** The preview's columns, as i18n suffixes ({@code importWizard.check.col.<name>}). */
    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<List<String>> rows() {
        return rows;
    }

    public ObservableList<DateResolution> dates() {
        return dates;
    }

    public ObservableList<ReasonCount> rejections() {
        return rejections;
    }

    public ReadOnlyLongProperty checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty acceptedProperty() {
        return accepted.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty rejectedProperty() {
        return rejected.getReadOnlyProperty();
    }
}
