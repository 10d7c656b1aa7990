package org.funnellab.importer.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date layouts CRM and spreadsheet exports use. Each has an optional time part, so one pattern covers a column that
 * mixes {@code 15.01.2025} and {@code 15.01.2025 10:30}. Two-digit years come in every order (d/M/yy, M/d/yy, yy/M/d,
 * dd.MM.yy, dd-MM-yy, MM-dd-yy, yy-MM-dd) and mean 2000–2099. A value with an offset ({@code …+03:00}, {@code …Z},
 * {@code UTC}) is converted to the zone given to {@link #parse(String, ZoneId)} (the workspace's), so the same instant
 * never lands in two months; {@link #parse(String)} keeps the wall-clock time as written.
 */
public enum DatePattern implements DateLayout {
    DMY_DOT("dd.MM.yyyy[ HH:mm[:ss]]", "(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})", '.'),
    DMY_DOT_SHORT("dd.MM.yy[ HH:mm[:ss]]", "(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{2})", '.'),
    DMY_DASH("dd-MM-yyyy[ HH:mm[:ss]]", "(?<d>\\d{1,2})-(?<m>\\d{1,2})-(?<y>\\d{4})", '-'),
    ISO("yyyy-MM-dd[('T'| )HH:mm[:ss[.SSS]][offset]]", "(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})", '-'),
    DMY_SLASH("d/M/yyyy[ H:mm[:ss]]", "(?<d>\\d{1,2})/(?<m>\\d{1,2})/(?<y>\\d{4})", '/'),
    MDY_SLASH("M/d/yyyy[ h:mm[:ss][ a]]", "(?<m>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4})", '/'),
    DMY_SLASH_SHORT("d/M/yy[ H:mm[:ss]]", "(?<d>\\d{1,2})/(?<m>\\d{1,2})/(?<y>\\d{2})", '/'),
    MDY_SLASH_SHORT("M/d/yy[ h:mm[:ss][ a]]", "(?<m>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{2})", '/'),
    YMD_SLASH_SHORT("yy/M/d[ H:mm[:ss]]", "(?<y>\\d{2})/(?<m>\\d{1,2})/(?<d>\\d{1,2})", '/'),
    DMY_DASH_SHORT("dd-MM-yy[ HH:mm[:ss]]", "(?<d>\\d{1,2})-(?<m>\\d{1,2})-(?<y>\\d{2})", '-'),
    MDY_DASH_SHORT("MM-dd-yy[ HH:mm[:ss]]", "(?<m>\\d{1,2})-(?<d>\\d{1,2})-(?<y>\\d{2})", '-'),
    YMD_DASH_SHORT("yy-MM-dd[ HH:mm[:ss]]", "(?<y>\\d{2})-(?<m>\\d{1,2})-(?<d>\\d{1,2})", '-'),
    EXCEL_SERIAL("Excel serial day number", null, '0'),
    /** Seconds since 1970-01-01 UTC, as APIs write them (amoCRM's created_at): converted to the zone given. */
    EPOCH_SECONDS("Unix time in seconds", null, '0');

    private static final String TIME = "(?:(?:T|\\s+)(?<H>\\d{1,2}):(?<min>\\d{2})(?::(?<s>\\d{2})(?:[.,](?<frac>\\d{1,9}))?)?"
            + "(?:\\s*(?<ampm>[AaPp]\\.?[Mm]\\.?))?\\s*(?<off>Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?";
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(?:\\.\\d+)?");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,10}");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final String display;
    private final Pattern regex;
    private final char separator;

    DatePattern(String display, String datePart, char separator) {
        this.display = display;
        this.separator = separator;
        this.regex = datePart == null ? null : Pattern.compile(datePart + TIME);
    }

    /** The layout as shown to the user, e.g. {@code dd.MM.yyyy[ HH:mm[:ss]]}. */
    @Override
    public String display() {
        return display;
    }

    @Override
    public String id() {
        return name();
    }

    @Override
    public boolean matches(String text) {
        return parseOrNull(text, null) != null;
    }

    /** Parses {@code text} keeping its wall-clock time; {@link IllegalArgumentException} when it does not fit. */
    public LocalDateTime parse(String text) {
        return parse(text, null);
    }

    /** Parses {@code text}; a value with an offset is converted to {@code zone} (null: keep the wall-clock time). */
    @Override
    public LocalDateTime parse(String text, ZoneId zone) {
        LocalDateTime value = parseOrNull(text, zone);
        if (value == null) {
            throw new IllegalArgumentException("'" + text + "' is not a date in " + display);
        }
        return value;
    }

    LocalDateTime parseOrNull(String raw) {
        return parseOrNull(raw, null);
    }

    LocalDateTime parseOrNull(String raw, ZoneId zone) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        if (this == EXCEL_SERIAL) {
            return SERIAL.matcher(text).matches() ? fromExcelSerial(text) : null;
        }
        if (this == EPOCH_SECONDS) {
            return EPOCH.matcher(text).matches() ? LocalDateTime.ofInstant(java.time.Instant.ofEpochSecond(
                    Long.parseLong(text)), zone == null ? ZoneOffset.UTC : zone) : null;
        }
        if (text.indexOf(separator) < 0) {
            // cheap rejection before the regex: the resolver tries every layout on every value
            return null;
        }
        if (this == ISO || this == DMY_DOT) {
            // the two layouts of nearly every export, read without the regex; anything unusual falls through to it
            LocalDateTime fast = this == ISO ? fixedWidth(text, 0, 5, 8, '-') : fixedWidth(text, 6, 3, 0, '.');
            if (fast != null) {
                return fast;
            }
        }
        Matcher m = regex.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group("y"));
            if (m.group("y").length() == 2) {
                year += 2000;
            }
            LocalDate date = LocalDate.of(year, Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
            if (m.group("H") == null) {
                return date.atStartOfDay();
            }
            int hour = Integer.parseInt(m.group("H"));
            String ampm = m.group("ampm");
            if (ampm != null) {
                if (this != MDY_SLASH && this != MDY_SLASH_SHORT || hour < 1 || hour > 12) {
                    return null;
                }
                boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            int second = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
            int nanos = m.group("frac") == null ? 0 : Integer.parseInt((m.group("frac") + "000000000").substring(0, 9));
            LocalDateTime local = LocalDateTime.of(date, LocalTime.of(hour, Integer.parseInt(m.group("min")), second, nanos));
            String off = m.group("off");
            if (off == null || zone == null) {
                return local;
            }
            ZoneOffset offset = off.equalsIgnoreCase("Z") || off.equalsIgnoreCase("UTC") || off.equalsIgnoreCase("GMT")
                    ? ZoneOffset.UTC : ZoneOffset.of(off.length() == 5 ? off.substring(0, 3) + ":" + off.substring(3) : off);
            return local.atOffset(offset).atZoneSameInstant(zone).toLocalDateTime();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * {@code yyyy-MM-dd} / {@code dd.MM.yyyy} with two-digit day and month, optionally followed by {@code ' '} or
     * {@code 'T'} and {@code HH:mm} or {@code HH:mm:ss}; null for anything else (including impossible dates), which the
     * regex then decides. Positions: year, month and day offsets of the date part; it is always 10 characters.
     */
    private static LocalDateTime fixedWidth(String t, int y, int mo, int d, char sep) {
        int n = t.length();
        if (n != 10 && n != 16 && n != 19 || t.charAt(y == 0 ? 4 : 2) != sep || t.charAt(y == 0 ? 7 : 5) != sep) {
            return null;
        }
        int year = digits(t, y, 4);
        int month = digits(t, mo, 2);
        int day = digits(t, d, 2);
        int hour = 0;
        int minute = 0;
        int second = 0;
        if (n > 10) {
            char c = t.charAt(10);
            if (c != ' ' && (c != 'T' || sep != '-') || t.charAt(13) != ':' || n == 19 && t.charAt(16) != ':') {
                return null;
            }
            hour = digits(t, 11, 2);
            minute = digits(t, 14, 2);
            second = n == 19 ? digits(t, 17, 2) : 0;
        }
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The non-negative number written by {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String t, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            int c = t.charAt(i) - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            v = v * 10 + c;
        }
        return v;
    }

    /** Excel's 1900 date system; day 60 (the fictitious 29 Feb 1900) never occurs in exports of recent data. */
    private static LocalDateTime fromExcelSerial(String text) {
        double serial = Double.parseDouble(text);
        if (serial < 1 || serial > 2_958_465) {
            return null;
        }
        long days = (long) Math.floor(serial);
        long seconds = Math.round((serial - days) * 86_400);
        return EXCEL_EPOCH.plusDays(days).atStartOfDay().plusSeconds(seconds);
    }

    /**
     * The layout a user names: a built-in one by name or display text, else {@code text} read as a
     * {@link java.time.format.DateTimeFormatter} pattern ({@code MM/dd/yy}); null for blank text.
     */
    public static DateLayout layout(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return fromName(text);
        } catch (IllegalArgumentException e) {
            return CustomDateLayout.of(text.strip());
        }
    }

    /** Looks a pattern up by its name or its display text; null when neither matches. */
    public static DatePattern fromName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (DatePattern p : values()) {
            if (p.name().equalsIgnoreCase(name.strip()) || p.display.equals(name.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown date format: " + name);
    }
}
