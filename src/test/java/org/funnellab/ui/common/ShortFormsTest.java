package org.funnellab.ui.common;

import javafx.scene.text.Font;
import org.funnellab.calc.Unit;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Shorter ways to write a number, and the choice of the first that fits (measured in a real JavaFX font). */
@ExtendWith(ApplicationExtension.class)
class ShortFormsTest {
    private static final Formats EN = new Formats(Locale.forLanguageTag("en-US"), "RUB");
    private static final Formats RU = new Formats(Locale.forLanguageTag("ru-RU"), "RUB");

    private static List<String> plain(List<String> forms) {
        return forms.stream().map(s -> s.replace('\u00a0', ' ').replace('\u202f', ' ')).toList();
    }

    @Test
    void moneyShortensToMillionsWithAndThenWithoutItsSymbol() {
        assertThat(plain(ShortForms.of(MetricValue.of(467_047_314), Unit.MONEY, RU, true)))
                .containsExactly("467 047 314 ₽", "467,05 млн ₽", "467 млн ₽", "467 млн ₽", "467 млн");
        // never fewer than two significant digits: 2,819,251 is never "3M"
        assertThat(ShortForms.of(MetricValue.of(1_311_000), Unit.MONEY, EN, true))
                .containsExactly("₽1,311,000", "₽1.31M", "₽1.3M", "1.3M");
        assertThat(ShortForms.of(MetricValue.of(2_819_251), Unit.MONEY, EN, true))
                .containsExactly("₽2,819,251", "₽2.82M", "₽2.8M", "2.8M");
        assertThat(ShortForms.of(MetricValue.of(-2_819_251), Unit.MONEY, EN, true).get(1)).isEqualTo("-₽2.82M");
        // a table column names the currency in its header: no symbol at all
        assertThat(plain(ShortForms.of(MetricValue.of(13_222), Unit.MONEY, RU, false)))
                .containsExactly("13 222", "13,22 тыс.", "13,2 тыс.", "13 тыс.");
        assertThat(ShortForms.of(MetricValue.of(12_500), Unit.COUNT, EN, true))
                .containsExactly("12,500", "12.5K", "12.5K", "13K");
    }

    @Test
    void sharesRatiosAndUndefinedValuesHaveOneForm() {
        assertThat(ShortForms.of(MetricValue.of(0.4371), Unit.SHARE, EN, true)).hasSize(1);
        assertThat(ShortForms.of(MetricValue.undefined(UndefinedReason.NO_CUSTOMERS), Unit.MONEY, RU, true))
                .containsExactly(Formats.UNDEFINED);
    }

    @Test
    void theFirstFormThatFitsIsChosenElseTheNarrowest() {
        Font font = Font.font(28);
        List<String> forms = ShortForms.of(MetricValue.of(467_047_314), Unit.MONEY, RU, true);
        double full = ShortForms.width(forms.get(0), font);
        assertThat(ShortForms.fitting(forms, font, full + 1)).isEqualTo(forms.get(0));
        assertThat(ShortForms.fitting(forms, font, full - 1)).isEqualTo(forms.get(1));
        assertThat(ShortForms.fitting(forms, font, 1).replace('\u00a0', ' ')).as("nothing fits: the narrowest")
                .isEqualTo("467 млн");
        assertThat(ShortForms.fitting(forms, font, 0)).as("width not known yet").isEqualTo(forms.get(0));
        // whatever the room, what is chosen fits whenever any form does
        Random random = new Random(20261201);
        for (int i = 0; i < 300; i++) {
            double v = Math.pow(10, 1 + random.nextDouble() * 9);
            List<String> f = ShortForms.of(MetricValue.of(v), Unit.MONEY, random.nextBoolean() ? RU : EN, true);
            assertThat(f).as("two significant digits at least: %s", f)
                    .allMatch(t -> t.chars().filter(Character::isDigit).count() >= 2);
            double room = 20 + random.nextDouble() * 300;
            String chosen = ShortForms.fitting(f, font, room);
            boolean anyFits = f.stream().anyMatch(s -> ShortForms.width(s, font) <= room);
            if (anyFits) {
                assertThat(ShortForms.width(chosen, font)).as("%s in %.0f px", chosen, room).isLessThanOrEqualTo(room);
                assertThat(f.indexOf(chosen)).as("the most precise that fits").isEqualTo(
                        f.stream().filter(s -> ShortForms.width(s, font) <= room).map(f::indexOf).findFirst()
                                .orElseThrow());
            }
        }
    }
}
