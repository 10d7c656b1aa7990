package org.funnellab.ui.importwizard;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.funnellab.domain.Target;

/** One distinct loss reason with its row count: does it mean the lead was not a fit (NON_TARGET) or a real prospect? */
public final class ReasonRow {
    private final String value;
    private final long count;
    private final ObjectProperty<Target> target;

    ReasonRow(String value, long count, Target target) {
        this.value = value;
        this.count = count;
        this.target = new SimpleObjectProperty<>(target);
    }

    public String value() {
        return value;
    }

    public long count() {
        return count;
    }

    public ObjectProperty<Target> targetProperty() {
        return target;
    }
}
