package org.funnellab.importer.parse;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The value parsers an import uses, in one place: money ({@link MoneyParser}), dates in a resolved layout
 * ({@link DatePattern}), yes/no flags and the key normalisation used to compare headers and CRM values.
 */
public final class ValueParsers {
    private static final java.util.regex.Pattern SPACE_RUNS = java.util.regex.Pattern.compile("\\s+");

    private ValueParsers() {
    }

    /**
     * The largest amount an import takes, either sign: 999,999,999,999,999.99 (below 10^15). Stored in minor units it
     * fits 64 bits with room for totals; a larger value is a rejected row, never a wrapped-around number.
     */
    public static final java.math.BigDecimal MAX_AMOUNT = new java.math.BigDecimal("999999999999999.99");
    /** Longer text cannot be an amount within {@link #MAX_AMOUNT}, however it is written; refused before parsing. */
    static final int MAX_AMOUNT_TEXT = 64;

    /** {@link MoneyParser#parse}, refusing text too long to be an amount and amounts beyond {@link #MAX_AMOUNT}. */
    public static Money money(String text) {
        if (text != null && text.length() > MAX_AMOUNT_TEXT && text.strip().length() > MAX_AMOUNT_TEXT) {
            throw new IllegalArgumentException("not a money amount: " + text.strip().length()
                    + " characters is too long for one");
        }
        Money m = MoneyParser.parse(text);
        if (m != null && m.amount().abs().compareTo(MAX_AMOUNT) > 0) {
            throw new IllegalArgumentException("amount '" + text.strip() + "' is too large: at most"
                    + " 999 999 999 999 999.99 can be stored");
        }
        return m;
    }

    /** Null for blank text; otherwise parsed with {@code pattern} or an {@link IllegalArgumentException}. */
    public static LocalDateTime date(String text, DatePattern pattern) {
        return date(text, pattern, null);
    }

    /**
     * Null for blank text and for a placeholder ({@link #isPlaceholder}); otherwise parsed with {@code layout}
     * (offsets converted to {@code zone}) or an {@link IllegalArgumentException}.
     */
    public static LocalDateTime date(String text, DateLayout layout, ZoneId zone) {
        if (text == null || text.isBlank() || isPlaceholder(text)) {
            return null;
        }
        if (layout == null) {
            throw new IllegalArgumentException("no date layout fits '" + text + "'");
        }
        return layout.parse(text, zone);
    }

    /** Money, with a placeholder ({@link #isPlaceholder}) read as no amount. */
    public static Money moneyOrPlaceholder(String text) {
        return text == null || isPlaceholder(text) ? null : money(text);
    }

    /**
     * True for what CRMs write in a date or money cell that has no value: amoCRM's "не закрыта" in the close date of
     * an open deal, "not closed", "-", "—", "n/a", "null", "none".
     */
    public static boolean isPlaceholder(String text) {
        if (text == null) {
            return false;
        }
        // every date and amount has a digit and no placeholder has one: most values leave here, without allocating
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return false;
            }
        }
        String t = text.strip();
        if (t.length() == 1) {
            char c = t.charAt(0);
            return c == '-' || c == '—' || c == '–' || c == '?';
        }
        return PLACEHOLDERS.contains(normalizeKey(t));
    }

    private static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of("не закрыта", "не закрыто", "не закрыт",
            "нет", "нет даты", "not closed", "n/a", "na", "n.a.", "null", "none", "nil", "--", "---", "#n/a", "(blank)",
            "(пусто)", "не указано", "not set", "—", "-");

    /** Parses a yes/no flag (да/нет/yes/no/1/0/true/false/y/n/+/-); null when blank or not a flag. */
    public static Boolean flag(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        // fast path for the common exact spellings, before the normalising allocation
        if (t.equals("да") || t.equals("1") || t.equals("yes")) {
            return Boolean.TRUE;
        }
        if (t.equals("нет") || t.equals("0") || t.equals("no")) {
            return Boolean.FALSE;
        }
        return switch (normalizeKey(t)) {
            case "да", "yes", "y", "1", "true", "истина", "+", "целевой", "target" -> Boolean.TRUE;
            case "нет", "no", "n", "0", "false", "ложь", "-", "нецелевой", "non-target", "non target", "non_target"
                    -> Boolean.FALSE;
            default -> null;
        };
    }

    /** True for a flag cell that says "not known" (unknown, неизвестно, ?): no evidence either way, not an error. */
    public static boolean unknownFlag(String text) {
        return text != null && switch (normalizeKey(text)) {
            case "unknown", "неизвестно", "?", "n/a" -> true;
            default -> false;
        };
    }

    /**
     * The comparison key for headers and CRM values: lower case, ё as е, no-break spaces as spaces, runs of spaces
     * collapsed, trimmed. "  Первичный  КОНТАКТ " and "первичный контакт" are the same value.
     */
    public static String normalizeKey(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('ё', 'е').replace('Ё', 'Е');
        return SPACE_RUNS.matcher(t).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** True when the text is a plain number (used to tell header rows from data rows). */
    public static boolean looksNumeric(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            MoneyParser.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
