package org.funnellab.store;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One month of a chart series: leads created, leads won, won revenue, non-target leads. */
public record MonthlyPoint(YearMonth month, long leads, long won, BigDecimal wonRevenue, long nonTarget) {
}
