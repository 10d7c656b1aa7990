package org.funnellab.service;

/** What a channel's costs include of the costs booked to no channel: a workspace setting. */
public enum SharedCosts {
    /** Each channel carries shared costs × its leads ÷ all leads of the period (all channels, all owners). */
    BY_LEAD_SHARE,
    /** A channel carries its own costs only; shared costs count only when no channel filter is set. */
    EXCLUDED
}
