package org.funnellab.importer.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits an amount spent over a span of days across the months it touches, in proportion to the days in each:
 * share(m) = amount × days(m) ÷ days(span). Shares are cut to the amount's minor unit (at least kopecks/cents, more if the
 * amount has more decimals); the units left over go one each to the months with the largest cut-off remainders (earlier
 * month first on ties), so the shares always sum exactly to the amount.
 */
public final class CostSplitter {
    private CostSplitter() {
    }

    public static Map<YearMonth, BigDecimal> split(BigDecimal amount, PeriodSpan span) {
        int scale = Math.max(2, amount.scale());
        long totalDays = ChronoUnit.DAYS.between(span.start(), span.end()) + 1;
        List<YearMonth> months = new ArrayList<>();
        List<Long> days = new ArrayList<>();
        for (YearMonth m = YearMonth.from(span.start()); !m.isAfter(YearMonth.from(span.end())); m = m.plusMonths(1)) {
            LocalDate from = span.start().isAfter(m.atDay(1)) ? span.start() : m.atDay(1);
            LocalDate to = span.end().isBefore(m.atEndOfMonth()) ? span.end() : m.atEndOfMonth();
            months.add(m);
            days.add(ChronoUnit.DAYS.between(from, to) + 1);
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        boolean negative = amount.signum() < 0;
        BigDecimal abs = amount.abs();
        BigDecimal[] shares = new BigDecimal[months.size()];
        BigDecimal[] remainders = new BigDecimal[months.size()];
        BigDecimal assigned = BigDecimal.ZERO;
        for (int i = 0; i < months.size(); i++) {
            BigDecimal exact = abs.multiply(BigDecimal.valueOf(days.get(i)));
            BigDecimal[] qr = exact.divideAndRemainder(BigDecimal.valueOf(totalDays).multiply(unit));
            shares[i] = qr[0].multiply(unit).setScale(scale, RoundingMode.UNNECESSARY);
            remainders[i] = qr[1];
            assigned = assigned.add(shares[i]);
        }
        long left = abs.subtract(assigned).divide(unit, 0, RoundingMode.UNNECESSARY).longValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> {
            int c = remainders[b].compareTo(remainders[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int k = 0; k < left; k++) {
            int i = order.get(k);
            shares[i] = shares[i].add(unit);
        }
        Map<YearMonth, BigDecimal> result = new LinkedHashMap<>();
        for (int i = 0; i < months.size(); i++) {
            result.put(months.get(i), negative ? shares[i].negate() : shares[i]);
        }
        return result;
    }
}
