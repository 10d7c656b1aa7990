package org.funnellab.ui.importwizard;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.funnellab.domain.LeadStatus;

/** One distinct value of the file's own status column with its row count; without a status its rows are rejected. */
public final class StatusValueRow {
    private final String value;
    private final long count;
    private final ObjectProperty<LeadStatus> status;

    StatusValueRow(String value, long count, LeadStatus status) {
        this.value = value;
        this.count = count;
        this.status = new SimpleObjectProperty<>(status);
    }

    public String value() {
        return value;
    }

    public long count() {
        return count;
    }

    public ObjectProperty<LeadStatus> statusProperty() {
        return status;
    }
}
