package org.funnellab.domain;

public enum LeadStatus { OPEN, WON, LOST }
