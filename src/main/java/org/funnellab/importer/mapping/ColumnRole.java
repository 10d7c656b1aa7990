package org.funnellab.importer.mapping;

import org.funnellab.domain.LeadField;

/**
 * What a source column means: the external id, a canonical lead field, tags (target evidence), or nothing.
 * {@code WON_FLAG} and {@code CLOSED_FLAG} are yes/no columns (Salesforce IsWon / IsClosed, Bitrix24 CLOSED) that
 * decide the status when present.
 */
public enum ColumnRole {
    EXTERNAL_ID(null), CREATED_AT(LeadField.CREATED_AT), CLOSED_AT(LeadField.CLOSED_AT), CHANNEL(LeadField.CHANNEL),
    CAMPAIGN(LeadField.CAMPAIGN), OWNER(LeadField.OWNER), COMPANY(LeadField.COMPANY), STAGE(LeadField.STAGE),
    STATUS(LeadField.STATUS), TARGET_FLAG(LeadField.TARGET), LOSS_REASON(LeadField.LOSS_REASON),
    DEAL_VALUE(LeadField.DEAL_VALUE), CURRENCY(LeadField.CURRENCY), TAGS(LeadField.TARGET),
    WON_FLAG(LeadField.STATUS), CLOSED_FLAG(LeadField.STATUS), IGNORE(null);

    private final LeadField field;

    ColumnRole(LeadField field) {
        this.field = field;
    }

    /** The lead field this column fills, or null for the id and ignored columns. */
    public LeadField leadField() {
        return field;
    }

    /** Tags (amoCRM exports deal and contact tags under one name) and close dates (Pipedrive: won time, lost time) may come from several columns; the first non-blank close date wins. */
    public boolean multiColumn() {
        return this == TAGS || this == CLOSED_AT || this == IGNORE;
    }
}
