package org.funnellab.domain;

/**
 * The canonical lead columns an import can map. A linked second file updates only the fields it maps,
 * leaving the others as the first import wrote them.
 */
public enum LeadField {
    CREATED_AT, CLOSED_AT, CHANNEL, CAMPAIGN, OWNER, COMPANY, STAGE, STATUS, TARGET, LOSS_REASON, DEAL_VALUE, CURRENCY
}
