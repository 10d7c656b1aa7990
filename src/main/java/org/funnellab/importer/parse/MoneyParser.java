package org.funnellab.importer.parse;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses money as people and CRMs write it: {@code 150 000,50}, {@code 150,000.50}, {@code 1.234.567,89}, {@code -1 000},
 * {@code $1,234.50}, {@code 1500 руб.}. Contract: the result is exact (no binary floating point); a currency sign or code is
 * stripped and reported as an ISO code; anything else that is not a number is an error, never a guess.
 * A single separator followed by exactly three digits after a 1–3 digit non-zero integer part ({@code 1,500}, {@code 150.000})
 * is read as a thousands separator, because CRMs export whole-ruble and whole-dollar budgets far more often than
 * amounts with three decimals.
 */
public final class MoneyParser {
    private static final Pattern CURRENCY = Pattern.compile(
            "(?iu)(руб\\.?|р\\.|₽|rub|rur|usd|eur|kzt|uah|byn|gbp|\\$|€|£|₸|(?<=\\d)р$)");
    private static final Pattern NUMBER = Pattern.compile("[0-9.,']+");
    private static final Pattern PLAIN = Pattern.compile("-?\\d{1,18}");

    private MoneyParser() {
    }

    /** Returns null for blank text; throws {@link IllegalArgumentException} with a readable message otherwise. */
    public static Money parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (PLAIN.matcher(text).matches()) {
            return new Money(new BigDecimal(text), null);
        }
        StringBuilder compact = new StringBuilder(text.length());
        boolean symbols = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            compact.append(c);
            symbols |= !(c >= '0' && c <= '9' || c == '.' || c == ',' || c == '\'' || c == '-' || c == '+'
                    || c == '(' || c == ')' || c == '\u2212');
        }
        String s = compact.toString();
        String currency = null;
        // the currency scan is a regex; most amounts carry no sign or code and skip it
        if (symbols) {
            Matcher m = CURRENCY.matcher(s);
            StringBuilder rest = new StringBuilder();
            while (m.find()) {
                String code = currencyCode(m.group(1));
                if (currency != null && !currency.equals(code)) {
                    throw new IllegalArgumentException("two currencies in '" + text + "'");
                }
                currency = code;
                m.appendReplacement(rest, "");
            }
            m.appendTail(rest);
            s = rest.toString();
        }
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1);
        }
        if (s.startsWith("-") || s.startsWith("\u2212")) {
            negative = !negative;
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.isEmpty() || !NUMBER.matcher(s).matches() || !Character.isDigit(s.charAt(0))) {
            throw new IllegalArgumentException("not a money amount: '" + text + "'");
        }
        BigDecimal amount = new BigDecimal(normalize(s.replace("'", ","), text));
        return new Money(negative ? amount.negate() : amount, currency);
    }

    private static String normalize(String s, String original) {
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        if (lastDot < 0 && lastComma < 0) {
            return s;
        }
        char decimal;
        if (lastDot >= 0 && lastComma >= 0) {
            decimal = lastDot > lastComma ? '.' : ',';
        } else {
            char sep = lastDot >= 0 ? '.' : ',';
            int count = (int) s.chars().filter(c -> c == sep).count();
            int pos = s.indexOf(sep);
            String intPart = s.substring(0, pos);
            boolean groupingShape = s.length() - pos - 1 == 3 && intPart.length() <= 3 && !intPart.equals("0");
            decimal = count > 1 || groupingShape ? 0 : sep;
        }
        int decimalPos = decimal == 0 ? -1 : s.lastIndexOf(decimal);
        String intPart = decimalPos < 0 ? s : s.substring(0, decimalPos);
        String fraction = decimalPos < 0 ? "" : s.substring(decimalPos + 1);
        if (fraction.isEmpty() && decimalPos >= 0 || !fraction.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not a money amount: '" + original + "'");
        }
        String[] groups = intPart.split("[.,]", -1);
        if (groups.length > 1) {
            char group = intPart.charAt(groups[0].length());
            for (int i = 1; i < groups.length; i++) {
                if (groups[i].length() != 3 || intPart.charAt(sumLen(groups, i) - 1) != group) {
                    throw new IllegalArgumentException("misplaced thousands separator in '" + original + "'");
                }
            }
            if (groups[0].isEmpty() || groups[0].length() > 3) {
                throw new IllegalArgumentException("misplaced thousands separator in '" + original + "'");
            }
        }
        String digits = String.join("", groups);
        return fraction.isEmpty() ? digits : digits + "." + fraction;
    }

    private static int sumLen(String[] groups, int upTo) {
        int len = 0;
        for (int i = 0; i < upTo; i++) {
            len += groups[i].length() + 1;
        }
        return len;
    }

    private static String currencyCode(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        if (t.startsWith("р") || t.equals("₽") || t.equals("rub") || t.equals("rur")) {
            return "RUB";
        }
        return switch (t) {
            case "$", "usd" -> "USD";
            case "€", "eur" -> "EUR";
            case "£", "gbp" -> "GBP";
            case "₸", "kzt" -> "KZT";
            default -> t.toUpperCase(Locale.ROOT);
        };
    }
}
