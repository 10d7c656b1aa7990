package org.funnellab.store;

/** What an import brings in: lead rows, cost entries or aggregated funnel rows. */
public enum ImportKind { LEADS, COSTS, FUNNEL }
