package org.funnellab.importer.cost;

import org.funnellab.importer.parse.DatePattern;
import org.funnellab.importer.parse.ValueParsers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period column of a cost sheet as people fill it: {@code 01.2025}, {@code 2025-01}, {@code 01/2025},
 * {@code январь 2025}, {@code Января 2025}, {@code янв 2025}, {@code January 2025}, {@code Jan 2025}, a full date
 * ({@code 15.01.2025}, {@code 2025-01-15}: the cost belongs to that month), or a range of two of those separated by a dash
 * ({@code 01.01.2025–15.02.2025}); a month as the end of a range means its last day.
 */
public final class PeriodParser {
    private static final Pattern NUMERIC_MONTH = Pattern.compile("(\\d{1,2})[./](\\d{4})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern NAMED_MONTH = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{4})(?:\\s*(?:г\\.?|года?))?");
    private static final Pattern RANGE = Pattern.compile("(.+?)\\s*(?:[–—]|\\s-\\s|-(?=\\d{1,2}\\.)|\\.\\.)\\s*(.+)");
    private static final DatePattern[] DATES = {DatePattern.DMY_DOT, DatePattern.ISO, DatePattern.DMY_DASH};
    private static final Map<String, Integer> MONTHS = new LinkedHashMap<>();

    static {
        String[][] names = {
                {"январь", "января", "янв", "january", "jan"}, {"февраль", "февраля", "фев", "february", "feb"},
                {"март", "марта", "мар", "march", "mar"}, {"апрель", "апреля", "апр", "april", "apr"},
                {"май", "мая", "may"}, {"июнь", "июня", "июн", "june", "jun"}, {"июль", "июля", "июл", "july", "jul"},
                {"август", "августа", "авг", "august", "aug"}, {"сентябрь", "сентября", "сен", "сент", "september", "sep", "sept"},
                {"октябрь", "октября", "окт", "october", "oct"}, {"ноябрь", "ноября", "ноя", "нояб", "november", "nov"},
                {"декабрь", "декабря", "дек", "december", "dec"}};
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    private PeriodParser() {
    }

    /** Parses {@code text}; throws {@link IllegalArgumentException} naming the value when it is not a period. */
    public static PeriodSpan parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("missing period");
        }
        String t = text.strip();
        PeriodSpan single = single(t);
        if (single != null) {
            return single;
        }
        Matcher range = RANGE.matcher(t);
        if (range.matches()) {
            PeriodSpan from = single(range.group(1).strip());
            PeriodSpan to = single(range.group(2).strip());
            if (from != null && to != null) {
                return new PeriodSpan(from.start(), to.end());
            }
        }
        throw new IllegalArgumentException("unreadable period '" + t + "'");
    }

    /** A span from two columns (from, to). */
    public static PeriodSpan parse(String from, String to) {
        PeriodSpan a = parse(from);
        PeriodSpan b = to == null || to.isBlank() ? a : parse(to);
        return new PeriodSpan(a.start(), b.end());
    }

    private static PeriodSpan single(String t) {
        for (DatePattern p : DATES) {
            if (p.matches(t)) {
                LocalDate day = p.parse(t).toLocalDate();
                return new PeriodSpan(day, day);
            }
        }
        Matcher m = NUMERIC_MONTH.matcher(t);
        if (m.matches()) {
            return month(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = ISO_MONTH.matcher(t);
        if (m.matches()) {
            return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = NAMED_MONTH.matcher(t);
        if (m.matches()) {
            Integer month = MONTHS.get(ValueParsers.normalizeKey(m.group(1)));
            return month == null ? null : month(Integer.parseInt(m.group(2)), month);
        }
        return null;
    }

    private static PeriodSpan month(int year, int month) {
        if (month < 1 || month > 12) {
            return null;
        }
        return PeriodSpan.of(YearMonth.of(year, month));
    }
}
