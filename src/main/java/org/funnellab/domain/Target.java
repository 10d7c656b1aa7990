package org.funnellab.domain;

/** Whether a lead was a fit for sales. UNKNOWN is never silently counted as TARGET. */
public enum Target { TARGET, NON_TARGET, UNKNOWN }
