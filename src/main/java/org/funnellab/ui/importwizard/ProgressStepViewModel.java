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

    ProgressStepViewModel() {
    }

    void reset() {
        fraction.set(-1);
        rows.set(0);
        rowsPerSecond.set(0);
    }

    void setFraction(double value) {
        fraction.set(value);
    }

    /** The task's message carries "rows rowsPerSecond": the one text channel that crosses to the FX thread. */
    void setCounters(String message) {
        String[] parts = message == null ? new String[0] : message.split(" ");
        if (parts.length == 2) {
            rows.set(Long.parseLong(parts[0]));
            rowsPerSecond.set(Long.parseLong(parts[1]));
        }
    }

    static String counters(long rowCount, double perSecond) {
        return rowCount + " " + Math.round(perSecond);
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
