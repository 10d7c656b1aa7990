package org.funnellab.importer.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * A date layout the user forced as a {@link DateTimeFormatter} pattern ({@code MM/dd/yy}, {@code d MMM yyyy HH:mm}).
 * Two-digit years ({@code yy}) are 2000–2099. A pattern with an offset or zone ({@code XXX}, {@code VV}) converts
 * to the workspace's zone; without one the wall-clock time is kept.
 */
public record CustomDateLayout(String pattern, DateTimeFormatter formatter) implements DateLayout {

    /** Compiles {@code pattern}; {@link IllegalArgumentException} when it is not a date-time pattern. */
    public static CustomDateLayout of(String pattern) {
        if (pattern == null || !pattern.matches(".*[yu].*") || !pattern.matches(".*[ML].*") || !pattern.matches(".*d.*")) {
            throw new IllegalArgumentException("'" + pattern + "' is not a date pattern with year, month and day (e.g. MM/dd/yy)");
        }
        DateTimeFormatter f;
        try {
            f = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.SMART);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + pattern + "' is not a date pattern: " + e.getMessage(), e);
        }
        return new CustomDateLayout(pattern, f);
    }

    @Override
    public LocalDateTime parse(String text, ZoneId zone) {
        try {
            TemporalAccessor t = formatter.parse(text.strip());
            LocalDate date = LocalDate.from(t);
            LocalDateTime local = t.isSupported(ChronoField.HOUR_OF_DAY)
                    ? date.atTime(t.get(ChronoField.HOUR_OF_DAY), t.isSupported(ChronoField.MINUTE_OF_HOUR)
                    ? t.get(ChronoField.MINUTE_OF_HOUR) : 0, t.isSupported(ChronoField.SECOND_OF_MINUTE)
                    ? t.get(ChronoField.SECOND_OF_MINUTE) : 0) : date.atStartOfDay();
            if (zone != null && t.isSupported(ChronoField.OFFSET_SECONDS)) {
                return ZonedDateTime.of(local, java.time.ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS)))
                        .withZoneSameInstant(zone).toLocalDateTime();
            }
            return local;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date in " + pattern, e);
        }
    }

    @Override
    public boolean matches(String text) {
        try {
            parse(text, null);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String display() {
        return pattern;
    }

    @Override
    public String id() {
        return pattern;
    }
}
