package org.funnellab.ui.common;

import org.funnellab.calc.Unit;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Arithmetic typed into numeric fields ("=302444*0.7"). */
class ArithmeticTest {
    private static double eval(String text) {
        return Arithmetic.evaluate(text).orElseThrow();
    }

    @Test
    void handWorkedExpressions() {
        assertThat(eval("=302444*0.7")).isCloseTo(211_710.8, within(1e-9));
        assertThat(eval("=302444×0,7")).isCloseTo(211_710.8, within(1e-9));
        assertThat(eval("= (120 000 + 80 000) / 2")).isEqualTo(100_000);
        assertThat(eval("=2+3*4")).as("× before +").isEqualTo(14);
        assertThat(eval("=(2+3)*4")).isEqualTo(20);
        assertThat(eval("=10−4−3")).as("left to right").isEqualTo(3);
        assertThat(eval("=100÷8÷5")).isEqualTo(2.5);
        assertThat(eval("=-(3-5)*2")).isEqualTo(4);
        assertThat(eval("=1 200 000 : 4")).isEqualTo(300_000);
        assertThat(eval("=.5+1.")).isEqualTo(1.5);
    }

    @Test
    void notArithmeticOrBrokenTextIsEmpty() {
        for (String bad : new String[] {"302444*0.7", "=", "= ", "=2+", "=(2+3", "=2+3)", "=2**3", "=1/0", "=1/(2-2)",
            "=abc", "=2e3", "=1.2.3", "=Math.exit(0)", "=1;2", "=" + "(".repeat(60) + "1" + ")".repeat(60),
            "=" + "1+".repeat(150) + "1"}) {
            assertThat(Arithmetic.evaluate(bad)).as(bad).isEmpty();
        }
        assertThat(Arithmetic.isExpression("  =1")).isTrue();
        assertThat(Arithmetic.isExpression("1=1")).isFalse();
    }

    @Test
    void fieldsAcceptArithmeticInTheirDisplayUnits() {
        Formats en = new Formats(Locale.forLanguageTag("en-US"), "RUB");
        Formats ru = new Formats(Locale.forLanguageTag("ru-RU"), "RUB");
        assertThat(en.parseEdit(Unit.MONEY, "=302444*0.7")).isCloseTo(211_710.8, within(1e-9));
        assertThat(ru.parseEdit(Unit.MONEY, "=302444*0,7")).isCloseTo(211_710.8, within(1e-9));
        assertThat(en.parseEdit(Unit.SHARE, "=30+5")).as("a share is typed in percent").isCloseTo(0.35, within(1e-12));
        assertThat(en.parseEdit(Unit.HOURS, "=2*160*0.5")).isEqualTo(160);
        assertThat(en.parseEdit(Unit.MONEY, "=1/0")).isNull();
    }

    /** A random expression, printed for the parser and evaluated from the tree itself. */
    private record Expr(String text, double value) {
    }

    private static Expr random(Random rnd, int depth) {
        if (depth == 0 || rnd.nextInt(3) == 0) {
            int n = 1 + rnd.nextInt(999);
            return new Expr(Integer.toString(n), n);
        }
        Expr a = random(rnd, depth - 1);
        Expr b = random(rnd, depth - 1);
        return switch (rnd.nextInt(5)) {
            case 0 -> new Expr("(" + a.text + "+" + b.text + ")", a.value + b.value);
            case 1 -> new Expr("(" + a.text + "−" + b.text + ")", a.value - b.value);
            case 2 -> new Expr(a.text + "×" + b.text, a.value * b.value);
            case 3 -> b.value == 0 ? a : new Expr("(" + a.text + ")÷(" + b.text + ")", a.value / b.value);
            default -> new Expr("-(" + a.text + ")", -a.value);
        };
    }

    @Test
    void randomExpressionsEvaluateAsTheirTrees() {
        Random rnd = new Random(1201);
        for (int i = 0; i < 2_000; i++) {
            Expr e = random(rnd, 4);
            double got = eval("=" + e.text);
            assertThat(got).as(e.text).isCloseTo(e.value, within(1e-9 * Math.max(1, Math.abs(e.value))));
        }
    }
}
