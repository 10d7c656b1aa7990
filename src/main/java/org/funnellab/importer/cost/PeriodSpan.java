package org.funnellab.importer.cost;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** The days a cost covers, both ends inclusive. A whole month is one span; so is a range across months. */
public record PeriodSpan(LocalDate start, LocalDate end) {
    public PeriodSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("the period ends (" + end + ") before it starts (" + start + ")");
        }
    }

    public static PeriodSpan of(YearMonth month) {
        return new PeriodSpan(month.atDay(1), month.atEndOfMonth());
    }

    /** True when the span lies within one calendar month (a single date, or a whole month). */
    public boolean withinOneMonth() {
        return YearMonth.from(start).equals(YearMonth.from(end));
    }
}
