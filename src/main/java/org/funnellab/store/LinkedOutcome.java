package org.funnellab.store;

/** What a linked update did to the lead it names. */
public enum LinkedOutcome {
    UPDATED,
    UNCHANGED,
    /** No lead with that source system and external id is in the workspace: the caller records a rejection. */
    NO_SUCH_LEAD
}
