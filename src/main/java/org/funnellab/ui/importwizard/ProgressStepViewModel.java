package org.funnellab.ui.importwizard;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.funnellab.importer.ImportProgress;

/**
 * Step 5: how far the running import is (0..1, or -1 before the first tick), rows done, rows per second, and which of
 * how many passes is running, all read from the importer's {@link ImportProgress} records.
 */
public final class ProgressStepViewModel {
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyLongWrapper rows = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper rowsPerSecond = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper pass = new ReadOnlyLongWrapper(2);
    private final ReadOnlyLongWrapper passNumber = new ReadOnlyLongWrapper(1);
    private final ReadOnlyLongWrapper totalPasses = new ReadOnlyLongWrapper(1);

    ProgressStepViewModel() {
    }

    void reset() {
        fraction.set(-1);
        rows.set(0);
        rowsPerSecond.set(0);
        pass.set(2);
        passNumber.set(1);
        totalPasses.set(1);
    }

    /** Shows one progress record of the import. */
    void show(ImportProgress p) {
        fraction.set(p.fraction());
        rows.set(p.rows());
        rowsPerSecond.set(Math.round(p.rowsPerSecond()));
        pass.set(p.pass());
        passNumber.set(p.passNumber());
        totalPasses.set(p.totalPasses());
    }

    /** Shows a fraction alone (cost and funnel sheets report no rows). */
    void setFraction(double value) {
        fraction.set(value);
    }

    /** 1 while the date columns are scanned to choose their format, 2 while rows are imported. */
    public ReadOnlyLongProperty passProperty() {
        return pass.getReadOnlyProperty();
    }

    /** The running pass, 1-based, of {@link #totalPassesProperty()}. */
    public ReadOnlyLongProperty passNumberProperty() {
        return passNumber.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalPassesProperty() {
        return totalPasses.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty rowsPerSecondProperty() {
        return rowsPerSecond.getReadOnlyProperty();
    }
}
