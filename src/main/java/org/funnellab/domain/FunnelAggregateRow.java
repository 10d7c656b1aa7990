package org.funnellab.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A pre-aggregated funnel row for teams that export aggregates only. */
public record FunnelAggregateRow(YearMonth month, String channel, String campaign,
                                 long leads, long mql, long sql, long opportunities,
                                 long won, long lost, long nonTarget, BigDecimal revenue) {
}
