package org.funnellab.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One lead or deal in canonical form. {@code stage} is the furthest canonical stage reached;
 * LOST leads keep the furthest stage they reached. {@code sourceCells} are the cells of the source row it was read
 * from, kept for audit (null when it has none, e.g. generated data).
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
        List<String> sourceCells) {

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
