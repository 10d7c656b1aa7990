package org.funnellab.ui.common;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.funnellab.calc.Unit;
import org.funnellab.domain.MetricValue;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers that never end in "…": a value too wide for its place (a narrow card, a column, a slide's larger type) is
 * written in a shorter form — 1,31 млн ₽ / ₽1.31M, 12,5 тыс. — never with fewer than two significant digits, and the
 * place shows the full value in a tooltip.
 */
public final class ShortForms {
    private ShortForms() {
    }

    /**
     * How {@code v} may be written, the full text first ({@link Formats#format}), then — for money and counts — the
     * short forms from the most to the least precise; {@code withCurrency}: money forms keep the currency symbol.
     */
    public static List<String> of(MetricValue v, Unit unit, Formats f, boolean withCurrency) {
        List<String> out = new ArrayList<>();
        out.add(unit == Unit.MONEY && v.isDefined() && !withCurrency ? f.number(v.value(), 0) : f.format(v, unit));
        if (!v.isDefined() || unit != Unit.MONEY && unit != Unit.COUNT) {
            return out;
        }
        NumberFormat compact = NumberFormat.getCompactNumberInstance(f.locale(), NumberFormat.Style.SHORT);
        compact.setRoundingMode(java.math.RoundingMode.HALF_UP); // 12,500 reads "13K", not the banker's "12K"
        // at least two significant digits: 2,8 млн, never "3 млн" for 2 819 251
        double mantissa = Math.abs(v.value()) < 1000 ? 100
                : Math.abs(v.value()) / Math.pow(1000, Math.floor(Math.log10(Math.abs(v.value())) / 3));
        int fewest = mantissa < 9.5 ? 1 : 0;
        compact.setMinimumFractionDigits(fewest); // 2,0 млн, not 2 млн
        for (int digits = 2; digits >= fewest; digits--) {
            compact.setMaximumFractionDigits(digits);
            String n = compact.format(v.value());
            out.add(unit == Unit.MONEY && withCurrency ? f.withCurrency(n) : n);
        }
        if (unit == Unit.MONEY && withCurrency) {
            out.add(compact.format(v.value())); // the narrowest: no symbol (the card's name says what it is)
        }
        return out;
    }

    /**
     * The first of {@code forms} (the full text first) that fits {@code available} pixels in {@code font}; when none
     * does, the narrowest. Any width when {@code available} is not yet known (≤ 0).
     */
    public static String fitting(List<String> forms, Font font, double available) {
        if (forms.isEmpty()) {
            return "";
        }
        if (available <= 0) {
            return forms.get(0);
        }
        String narrowest = forms.get(0);
        double narrowestWidth = Double.MAX_VALUE;
        for (String s : forms) {
            double w = width(s, font);
            if (w <= available) {
                return s;
            }
            if (w < narrowestWidth) {
                narrowest = s;
                narrowestWidth = w;
            }
        }
        return narrowest;
    }

    /** The width of {@code text} in {@code font}, in pixels. */
    public static double width(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
