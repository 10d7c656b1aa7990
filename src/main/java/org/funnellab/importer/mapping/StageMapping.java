package org.funnellab.importer.mapping;

import org.funnellab.domain.LeadStatus;
import org.funnellab.domain.Stage;

import java.util.Objects;

/** What one CRM stage value means: the furthest canonical stage reached and the status. */
public record StageMapping(Stage stage, LeadStatus status) {
    public StageMapping {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(status, "status");
    }

    public static StageMapping open(Stage stage) {
        return new StageMapping(stage, LeadStatus.OPEN);
    }

    public static StageMapping won() {
        return new StageMapping(Stage.WON, LeadStatus.WON);
    }

    /** Lost, with the stage reached when the value says it (else LEAD: nothing further is known). */
    public static StageMapping lost(Stage reached) {
        return new StageMapping(reached, LeadStatus.LOST);
    }
}
