package org.funnellab.ui.common;

import org.funnellab.calc.Unit;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {
    private static final Formats EN = new Formats(Locale.forLanguageTag("en-US"), "RUB");
    private static final Formats RU = new Formats(Locale.forLanguageTag("ru-RU"), "RUB");

    /** Russian groups with a no-break space; normalise it so the table below stays readable. */
    private static String plain(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void moneyFollowsTheLocale() {
        assertThat(EN.money(78_125)).isEqualTo("₽78,125");
        assertThat(plain(RU.money(78_125))).isEqualTo("78 125 ₽");
        assertThat(EN.money(625.5)).isEqualTo("₽625.50");
        assertThat(EN.money(1_625.5)).isEqualTo("₽1,626");
    }

    @Test
    void sharesArePercentWithTwoDecimals() {
        assertThat(EN.percent(0.390625)).isEqualTo("39.06%");
        assertThat(plain(RU.percent(0.390625))).isEqualTo("39,06 %");
    }

    @Test
    void aChangeOfAShareIsInPercentagePointsAndOtherChangesKeepTheirUnit() {
        // 39.06 % → 44.06 %: five points, not "5%" (which would read as 5 % of 39.06 %)
        assertThat(EN.delta(0.4406 - 0.3906, Unit.SHARE)).isEqualTo("+5 p.p.");
        assertThat(plain(RU.delta(-0.125, Unit.SHARE))).isEqualTo("−12,5 п. п.");
        assertThat(EN.delta(-1_200, Unit.MONEY)).isEqualTo("−₽1,200");
        assertThat(EN.delta(5, Unit.MINUTES)).isEqualTo("+5 min");
        assertThat(EN.delta(0, Unit.SHARE)).isEqualTo("0 p.p.");
    }

    @Test
    void undefinedMetricIsADashNeverNaN() {
        assertThat(EN.format(MetricValue.undefined(UndefinedReason.NO_WON_LEADS), Unit.MONEY)).isEqualTo("—");
    }

    @ParameterizedTest(name = "{0} typed as \"{1}\" in {2} is {3}")
    @CsvSource(delimiter = '|', value = {
            "MONEY  | 100 000       | ru | 100000",
            "MONEY  | 100\u00a0000,50 | ru | 100000.5",
            "MONEY  | 100,000.50    | en | 100000.5",
            "MONEY  | 100000.50     | ru | 100000.5",
            "SHARE  | 50 %          | ru | 0.5",
            "SHARE  | 39.0625%      | en | 0.390625",
            "COUNT  | 1,000         | en | 1000",
            "FACTOR | 1,3           | ru | 1.3",
    })
    void typedNumbersAreReadInTheLocale(Unit unit, String text, String lang, double expected) {
        Formats f = "ru".equals(lang) ? RU : EN;
        assertThat(f.parseEdit(unit, text)).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"abc", "12abc3", "''", "--5"})
    void nonNumbersAreRefused(String text) {
        assertThat(EN.parseEdit(Unit.COUNT, text)).isNull();
    }

    @Test
    void editTextRoundTripsThroughParse() {
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 300; i++) {
            double v = Math.round(r.nextDouble() * 10_000) / 100.0; // below 100: fields keep two decimals
            for (Formats f : new Formats[] {EN, RU}) {
                for (Unit u : new Unit[] {Unit.MONEY, Unit.COUNT, Unit.SHARE}) {
                    // shares are edited as percent with two decimals, so draw them on that grid
                    double model = u == Unit.SHARE ? Math.round(v) / 10_000.0 % 1 : v;
                    assertThat(f.parseEdit(u, f.editText(u, model)))
                            .as("%s %s %s", f.locale(), u, model)
                            .isCloseTo(model, org.assertj.core.data.Offset.offset(Math.abs(model) * 1e-9 + 1e-9));
                }
            }
        }
    }
}
