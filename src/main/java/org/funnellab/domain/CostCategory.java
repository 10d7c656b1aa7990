package org.funnellab.domain;

public enum CostCategory {
    PAID_MEDIA, CONTENT, SOFTWARE, AGENCY, MARKETING_SALARIES, SALES_SALARIES, OVERHEAD, OTHER
}
