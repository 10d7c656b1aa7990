package org.funnellab.store;

import org.funnellab.domain.SourceSystem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/** Conversions between domain values and their stored form. */
final class DbValues {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final String[] SOURCE_IDS = java.util.Arrays.stream(SourceSystem.values())
            .map(SourceSystem::id).toArray(String[]::new);

    private DbValues() {
    }

    /** The stored id of a source system (cached: {@link SourceSystem#id()} builds a new string each call). */
    static String sourceId(SourceSystem s) {
        return SOURCE_IDS[s.ordinal()];
    }

    /**
     * Money in minor units (kopecks). Amounts finer than a kopeck are rounded half-up: the store keeps money exact
     * to the kopeck, which is what every CRM and ledger export carries.
     */
    static Long toMinor(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        try {
            return amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException e) {
            throw new WorkspaceException("The amount " + amount.toPlainString() + " is too large to be stored", e);
        }
    }

    /**
     * A stored enum text (stage, status, target, category) as its constant; a text this version does not know — the
     * file was changed by another program or a newer FunnelLab — is a {@link WorkspaceException} saying so.
     */
    static <E extends Enum<E>> E known(Class<E> type, String stored) {
        try {
            return Enum.valueOf(type, stored);
        } catch (IllegalArgumentException | NullPointerException e) {
            String what = type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
            throw new WorkspaceException("The workspace holds a " + what + " '" + stored + "' this FunnelLab does"
                    + " not know (the file was changed by another program or a newer FunnelLab); open a backup copy or"
                    + " import the data again into a new workspace", e);
        }
    }

    static BigDecimal fromMinor(long minor) {
        return BigDecimal.valueOf(minor, 2);
    }

    /** 'yyyy-MM-dd HH:mm:ss', built by hand: a formatter costs a microsecond a call, too much at a million rows. */
    static String dateTime(LocalDateTime t) {
        if (t == null) {
            return null;
        }
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            return t.format(DATE_TIME);
        }
        char[] c = new char[19];
        c[0] = (char) ('0' + year / 1000);
        c[1] = (char) ('0' + year / 100 % 10);
        c[2] = (char) ('0' + year / 10 % 10);
        c[3] = (char) ('0' + year % 10);
        c[4] = '-';
        two(c, 5, t.getMonthValue());
        c[7] = '-';
        two(c, 8, t.getDayOfMonth());
        c[10] = ' ';
        two(c, 11, t.getHour());
        c[13] = ':';
        two(c, 14, t.getMinute());
        c[16] = ':';
        two(c, 17, t.getSecond());
        return new String(c);
    }

    private static void two(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 10);
        c[at + 1] = (char) ('0' + v % 10);
    }

    /**
     * A date-time as stored in lead_data: seconds since 1970-01-01 00:00:00 of the same wall clock (no zone), so SQLite's
     * {@code datetime(x, 'unixepoch')} gives back 'yyyy-MM-dd HH:mm:ss'.
     */
    static Long seconds(LocalDateTime t) {
        return t == null ? null : t.toEpochSecond(java.time.ZoneOffset.UTC);
    }

    static String month(YearMonth m) {
        return m == null ? null : m.toString();
    }

    /** The month key of a lead's created date as the summary stores it; '' for an undated lead. */
    static String monthKey(LocalDateTime createdAt) {
        return createdAt == null ? "" : YearMonth.from(createdAt).toString();
    }

    /** The month key of a stored date-time text ('' for null), as SQLite's substr(created_at, 1, 7) gives it. */
    static String monthKey(String storedDateTime) {
        return storedDateTime == null ? "" : storedDateTime.substring(0, 7);
    }
}
