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
 * written in a shorter form — 1,31 млн ₽ / 1.31M ₽, 12,5 тыс. — and the place shows the full value in a tooltip.
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
        for (int digits = 2; digits >= 0; digits--) {
            compact.setMaximumFractionDigits(digits);
            String n = compact.format(v.value());
            out.add(unit == Unit.MONEY && withCurrency ? n + "\u00A0" + f.currencySymbol() : n);
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
