package org.funnellab.domain;

import java.util.Locale;

/** The CRM a lead came from; together with the CRM's id it identifies a lead across re-imports. */
public enum SourceSystem {
    AMOCRM, BITRIX24, HUBSPOT, SALESFORCE, PIPEDRIVE, GENERIC;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceSystem fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
