package org.funnellab.ui.common;

import org.funnellab.calc.Unit;
import org.funnellab.domain.MetricValue;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Currency;
import java.util.Locale;

/**
 * Locale-aware display of model numbers: money in the workspace currency, shares as percent, hours, counts.
 * Shares are fractions in the model and percent on screen; {@link #toDisplay}/{@link #fromDisplay} convert.
 */
public final class Formats {
    public static final String UNDEFINED = "—";
    private final Locale locale;
    private final String currencySymbol;
    private final boolean symbolFirst;

    public Formats(Locale locale, String currencyCode) {
        this.locale = locale;
        this.currencySymbol = symbolOf(currencyCode, locale);
        this.symbolFirst = !"ru".equals(locale.getLanguage());
    }

    private static String symbolOf(String code, Locale locale) {
        if ("RUB".equals(code)) {
            return "₽";
        }
        try {
            return Currency.getInstance(code).getSymbol(locale);
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    public Locale locale() {
        return locale;
    }

    public String currencySymbol() {
        return currencySymbol;
    }

    /** A metric as text: "—" when undefined (the reason is shown elsewhere, e.g. in a tooltip). */
    public String format(MetricValue v, Unit unit) {
        return v.isDefined() ? format(v.value(), unit) : UNDEFINED;
    }

    public String format(double v, Unit unit) {
        return switch (unit) {
            case MONEY -> money(v);
            case SHARE -> percent(v);
            case HOURS -> number(v, v != 0 && Math.abs(v) < 100 ? 1 : 0) + " " + hoursSuffix();
            case MINUTES -> number(v, 0) + " " + ("ru".equals(locale.getLanguage()) ? "мин" : "min");
            case DAYS -> number(v, Math.abs(v) < 10 ? 1 : 0) + " " + ("ru".equals(locale.getLanguage()) ? "дн." : "days");
            case MONTHS -> number(v, 1) + " " + ("ru".equals(locale.getLanguage()) ? "мес." : "mo");
            case YEARS -> number(v, 1) + " " + ("ru".equals(locale.getLanguage()) ? "г." : "yr");
            case RATIO -> number(v, 2) + ":1";
            case FACTOR -> "×" + number(v, 2);
            case EXPONENT -> number(v, 2);
            case COUNT, PEOPLE -> number(v, Math.abs(v) < 10 && v != Math.rint(v) ? 1 : 0);
        };
    }

    private String hoursSuffix() {
        return "ru".equals(locale.getLanguage()) ? "ч" : "h";
    }

    /**
     * {@code amount} (already written, e.g. a short form "1.31M") with the currency symbol where this language puts
     * it: ₽1.31M in English, 1,31 млн ₽ in Russian (a no-break space before the symbol, so it never wraps to a line
     * of its own in a narrow card).
     */
    public String withCurrency(String amount) {
        if (!symbolFirst) {
            return amount + "\u00A0" + currencySymbol;
        }
        boolean negative = amount.startsWith("-") || amount.startsWith("\u2212");
        return negative ? amount.charAt(0) + currencySymbol + amount.substring(1) : currencySymbol + amount;
    }

    public String money(double v) {
        // Kopecks matter on small amounts (an hour's cost); on thousands they are noise on a slide.
        boolean cents = Math.abs(v) < 1000 && Math.abs(v - Math.rint(v)) > 1e-9;
        String n = cents ? fixed(v, 2) : number(v, 0);
        return withCurrency(n);
    }

    /**
     * A change from a baseline with its sign ("+₽1,200", "−5 min"); a change of a share is in percentage points
     * ("+5 p.p." / "+5 п. п."), never a percent that reads as relative.
     */
    public String delta(double d, Unit unit) {
        String t = unit == Unit.SHARE ? percentPoints(Math.abs(d)) : format(Math.abs(d), unit);
        return d > 0 ? "+" + t : d < 0 ? "−" + t : t;
    }

    /** A difference of two fractions in percentage points: 0.05 → "5 p.p." (en) / "5 п. п." (ru). */
    public String percentPoints(double fractionDifference) {
        return number(fractionDifference * 100, 2) + ("ru".equals(locale.getLanguage()) ? " п. п." : " p.p.");
    }

    /** A fraction as a percent with up to two decimals: 0.390625 → "39.06%" (en) / "39,06 %" (ru). */
    public String percent(double fraction) {
        String n = number(fraction * 100, 2);
        return "ru".equals(locale.getLanguage()) ? n + " %" : n + "%";
    }

    private String fixed(double v, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(digits);
        f.setMinimumFractionDigits(digits);
        return f.format(v);
    }

    public String number(double v, int maxFractionDigits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(maxFractionDigits);
        f.setMinimumFractionDigits(0);
        f.setGroupingUsed(true);
        return f.format(v);
    }

    /** The unit written after an input field: "%", the currency symbol, "min", "h"... (empty for plain counts). */
    public String unitSuffix(Unit unit) {
        boolean ru = "ru".equals(locale.getLanguage());
        return switch (unit) {
            case SHARE -> "%";
            case MONEY -> currencySymbol;
            case MINUTES -> ru ? "мин" : "min";
            case HOURS -> ru ? "ч" : "h";
            case DAYS -> ru ? "дн." : "days";
            case MONTHS -> ru ? "мес." : "mo";
            case YEARS -> ru ? "лет" : "yr";
            case FACTOR -> "×";
            case COUNT, PEOPLE, RATIO, EXPONENT -> "";
        };
    }

    /** The number a text field shows for a model value (shares in percent). */
    public double toDisplay(Unit unit, double modelValue) {
        return unit == Unit.SHARE ? modelValue * 100 : modelValue;
    }

    public double fromDisplay(Unit unit, double displayValue) {
        return unit == Unit.SHARE ? displayValue / 100 : displayValue;
    }

    /** Text for an input field: plain number in the locale, no unit, shares in percent. */
    public String editText(Unit unit, double modelValue) {
        double d = toDisplay(unit, modelValue);
        int digits;
        if (unit == Unit.FACTOR || unit == Unit.EXPONENT) {
            digits = 2;
        } else if (d == Math.rint(d) || Math.abs(d) >= 100) {
            digits = 0; // big numbers: decimals are noise in a field
        } else {
            digits = 2;
        }
        return number(d, digits);
    }

    /**
     * Parses what a user typed into an input field, tolerant of spaces, no-break spaces, a trailing unit or %,
     * and either decimal separator. Returns null when the text is not a number.
     */
    public Double parseEdit(Unit unit, String text) {
        if (text == null) {
            return null;
        }
        if (Arithmetic.isExpression(text)) {
            // "=302444*0.7": arithmetic in the field's display units (a share in percent)
            java.util.OptionalDouble v = Arithmetic.evaluate(text);
            return v.isPresent() ? fromDisplay(unit, v.getAsDouble()) : null;
        }
        String t = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "")
                .replace("%", "").replace(currencySymbol, "").replace("×", "").trim();
        DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(locale);
        char dec = sym.getDecimalSeparator();
        char group = sym.getGroupingSeparator();
        if (group != ' ' && group != '\u00a0' && group != '\u202f') {
            t = t.replace(String.valueOf(group), "");
        }
        t = t.replace(dec == ',' ? '.' : ',', dec);
        t = t.replaceAll("[^0-9\\-" + java.util.regex.Pattern.quote(String.valueOf(dec)) + "]+$", "");
        if (t.isEmpty()) {
            return null;
        }
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(false);
        ParsePosition pos = new ParsePosition(0);
        Number n = f.parse(t, pos);
        if (n == null || pos.getIndex() != t.length()) {
            return null;
        }
        return fromDisplay(unit, n.doubleValue());
    }
}
