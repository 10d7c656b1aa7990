package org.funnellab.store;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** The first and last month with data, inclusive. */
public record MonthRange(YearMonth from, YearMonth to) {
    public int months() {
        return (int) ChronoUnit.MONTHS.between(from, to) + 1;
    }
}
