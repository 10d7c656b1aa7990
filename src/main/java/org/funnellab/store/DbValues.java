package org.funnellab.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/** Conversions between domain values and their stored form. */
final class DbValues {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private DbValues() {
    }

    /**
     * Money in minor units (kopecks). Amounts finer than a kopeck are rounded half-up: the store keeps money exact
     * to the kopeck, which is what every CRM and ledger export carries.
     */
    static Long toMinor(BigDecimal amount) {
        return amount == null ? null : amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static BigDecimal fromMinor(long minor) {
        return BigDecimal.valueOf(minor, 2);
    }

    static String dateTime(LocalDateTime t) {
        return t == null ? null : t.format(DATE_TIME);
    }

    static LocalDateTime parseDateTime(String s) {
        return s == null ? null : LocalDateTime.parse(s, DATE_TIME);
    }

    static String month(YearMonth m) {
        return m == null ? null : m.toString();
    }

    /** The month key of a lead's created date as the summary stores it; '' for an undated lead. */
    static String monthKey(LocalDateTime createdAt) {
        return createdAt == null ? "" : YearMonth.from(createdAt).toString();
    }
}
