package org.funnellab.ui.whatif;

import org.funnellab.calc.Parameter;
import org.funnellab.calc.Unit;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class InputViewModelTest {
    private static final Locale EN = Locale.forLanguageTag("en-US");
    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    private static InputViewModel input(Unit unit, double baseline, Locale locale) {
        return new InputViewModel(new Parameter("x", unit, 0, 1000, false), baseline, new Formats(locale, "RUB"));
    }

    @Test
    void typingBackTheDisplayedBaselineRestoresTheBaselineExactly() {
        InputViewModel in = input(Unit.COUNT, 277.777, EN);
        assertThat(in.editTextProperty().get()).isEqualTo("278");
        in.editTextProperty().set("300");
        assertThat(in.commitEdit()).isTrue();
        assertThat(in.value()).isEqualTo(300);
        in.editTextProperty().set("278");
        assertThat(in.commitEdit()).isTrue();
        assertThat(in.value()).isEqualTo(277.777);
        assertThat(in.changedProperty().get()).isFalse();
        // a share shown as a rounded percentage, in Russian
        InputViewModel share = input(Unit.SHARE, 0.123456, RU);
        String shown = share.editTextProperty().get();
        share.setValue(0.5);
        share.editTextProperty().set(shown);
        assertThat(share.commitEdit()).isTrue();
        assertThat(share.value()).isEqualTo(0.123456);
        // another value near it is taken as typed
        share.editTextProperty().set("13");
        assertThat(share.commitEdit()).isTrue();
        assertThat(share.value()).isEqualTo(0.13, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aRefusedValueSaysWhyAndChangesNothing() {
        InputViewModel in = input(Unit.MINUTES, 15, EN);
        assertThat(in.refusalProperty().get()).isNull();
        in.editTextProperty().set("a lot");
        assertThat(in.refusalProperty().get()).isEqualTo(InputViewModel.Refusal.NOT_A_NUMBER);
        assertThat(in.commitEdit()).isFalse();
        in.editTextProperty().set("-5");
        assertThat(in.refusalProperty().get()).isEqualTo(InputViewModel.Refusal.NEGATIVE);
        assertThat(in.commitEdit()).isFalse();
        assertThat(in.value()).isEqualTo(15);
        in.editTextProperty().set("20");
        assertThat(in.refusalProperty().get()).isNull();
        InputViewModel share = input(Unit.SHARE, 0.5, EN);
        share.editTextProperty().set("137");
        assertThat(share.refusalProperty().get()).isEqualTo(InputViewModel.Refusal.SHARE_OVER_100);
        assertThat(share.value()).isEqualTo(0.5);
        // every refusal has its reason in both languages
        for (InputViewModel.Refusal r : InputViewModel.Refusal.values()) {
            for (Locale l : new Locale[]{EN, RU}) {
                assertThat(new I18n(l).get("whatif.refused." + r.name())).startsWith(l == EN ? "Not applied" : "Не применено");
            }
        }
    }
}
