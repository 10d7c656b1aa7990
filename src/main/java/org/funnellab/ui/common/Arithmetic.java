package org.funnellab.ui.common;

import java.util.OptionalDouble;

/**
 * The arithmetic a user may type in a numeric field after "=": numbers, + − × ÷ (also - * /), parentheses and a
 * leading minus, e.g. {@code =302444*0.7} or {@code =(120 000 + 80 000) / 2}. Either "." or "," is the decimal point
 * and spaces are ignored, so a number has no grouping separators. A small recursive-descent parser, nothing else is
 * evaluated; the result is empty when the text is not such an expression or the result is not a finite number
 * (division by zero).
 * <pre>
 * expression = term { ("+" | "−") term }
 * term       = factor { ("×" | "÷") factor }
 * factor     = "−" factor | "(" expression ")" | number
 * </pre>
 */
public final class Arithmetic {
    private static final int MAX_LENGTH = 200;
    private static final int MAX_DEPTH = 50;
    private final String s;
    private int pos;
    private int depth;

    private Arithmetic(String s) {
        this.s = s;
    }

    /** Whether {@code text} asks for arithmetic (starts with "=", spaces aside). */
    public static boolean isExpression(String text) {
        return text != null && text.strip().startsWith("=");
    }

    /** The value of {@code text} ("=" and the expression), or empty. */
    public static OptionalDouble evaluate(String text) {
        if (!isExpression(text)) {
            return OptionalDouble.empty();
        }
        String body = text.strip().substring(1);
        StringBuilder b = new StringBuilder();
        for (char c : body.toCharArray()) {
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(switch (c) {
                    case '−', '–' -> '-';
                    case '×', 'x', 'X', '·' -> '*';
                    case '÷', ':' -> '/';
                    case ',' -> '.';
                    default -> c;
                });
            }
        }
        if (b.isEmpty() || b.length() > MAX_LENGTH) {
            return OptionalDouble.empty();
        }
        Arithmetic p = new Arithmetic(b.toString());
        try {
            double v = p.expression();
            if (p.pos != p.s.length() || !Double.isFinite(v)) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(v == 0 ? 0 : v);
        } catch (IllegalStateException e) {
            return OptionalDouble.empty();
        }
    }

    private double expression() {
        double v = term();
        while (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
            char op = s.charAt(pos++);
            double r = term();
            v = op == '+' ? v + r : v - r;
        }
        return v;
    }

    private double term() {
        double v = factor();
        while (pos < s.length() && (s.charAt(pos) == '*' || s.charAt(pos) == '/')) {
            char op = s.charAt(pos++);
            double r = factor();
            if (op == '/' && r == 0) {
                throw new IllegalStateException("division by zero");
            }
            v = op == '*' ? v * r : v / r;
        }
        return v;
    }

    private double factor() {
        if (++depth > MAX_DEPTH) {
            throw new IllegalStateException("too deep");
        }
        try {
            if (pos >= s.length()) {
                throw new IllegalStateException("missing number");
            }
            char c = s.charAt(pos);
            if (c == '-') {
                pos++;
                return -factor();
            }
            if (c == '+') {
                pos++;
                return factor();
            }
            if (c == '(') {
                pos++;
                double v = expression();
                if (pos >= s.length() || s.charAt(pos) != ')') {
                    throw new IllegalStateException("missing )");
                }
                pos++;
                return v;
            }
            return number();
        } finally {
            depth--;
        }
    }

    private double number() {
        int start = pos;
        boolean point = false;
        while (pos < s.length() && (Character.isDigit(s.charAt(pos)) && s.charAt(pos) < 128
                || s.charAt(pos) == '.' && !point)) {
            point |= s.charAt(pos) == '.';
            pos++;
        }
        String t = s.substring(start, pos);
        if (t.isEmpty() || t.equals(".")) {
            throw new IllegalStateException("missing number");
        }
        return Double.parseDouble(t);
    }
}
