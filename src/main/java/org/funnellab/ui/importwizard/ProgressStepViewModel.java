package org.funnellab.ui.importwizard;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/** Step 5: how far the running import is (0..1, or -1 when unknown), rows done and rows per second. */
public final class ProgressStepViewModel {
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyLongWrapper rows = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper rowsPerSecond = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper pass = new ReadOnlyLongWrapper(2);

    ProgressStepViewModel() {
    }

    void reset() {
        fraction.set(-1);
        rows.set(0);
        rowsPerSecond.set(0);
        pass.set(2);
    }

    void setFraction(double value) {
        fraction.set(value);
    }

    /** The task's message carries "pass rows rowsPerSecond": the one text channel that crosses to the FX thread. */
    void setCounters(String message) {
        String[] parts = message == null ? new String[0] : message.split(" ");
        if (parts.length == 3) {
            pass.set(Long.parseLong(parts[0]));
            rows.set(Long.parseLong(parts[1]));
            rowsPerSecond.set(Long.parseLong(parts[2]));
        }
    }

    static String counters(int passNumber, long rowCount, double perSecond) {
        return passNumber + " " + rowCount + " " + Math.round(perSecond);
    }

    /** 1 while the date columns are scanned to choose their format, 2 while rows are imported. */
    public ReadOnlyLongProperty passProperty() {
        return pass.getReadOnlyProperty();
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
