package org.funnellab.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One lead or deal in canonical form. {@code stage} is the furthest canonical stage reached;
 * LOST leads keep the furthest stage they reached. {@code rawRow} keeps the source row for audit.
 */
public record Lead(
        SourceSystem sourceSystem,
        String externalId,
        LocalDateTime createdAt,
        LocalDateTime closedAt,
        String channel,
        String campaign,
        String owner,
        String company,
        Stage stage,
        LeadStatus status,
        Target target,
        String lossReason,
        BigDecimal dealValue,
        String currency,
        String rawRow) {

    public Lead {
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(target, "target");
        if (status == LeadStatus.WON && stage != Stage.WON) {
            stage = Stage.WON;
        }
    }
}
