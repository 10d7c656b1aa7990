package org.funnellab.calc;

import org.funnellab.calc.Sensitivity.Bar;
import org.funnellab.calc.Sensitivity.Tornado;
import org.funnellab.domain.UndefinedReason;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SensitivityTest {
    private static final NonTargetCostModel MODEL = new NonTargetCostModel();
    private static final double[] ARTICLE = NonTargetCostModel.Inputs.articleExample().toArray();

    @Test
    void wastedHoursSwingEquallyOnLeadsShareAndMinutesAndNotAtAllOnTheRest() {
        // ±10 % of any one factor of 1000 × 0.5 × 15 ÷ 60 = 125 gives 112.5 … 137.5: swing 25
        Tornado t = Sensitivity.tornado(MODEL, ARTICLE, MODEL.outputIndex("wastedHoursMonth"), 0.1);
        assertThat(t.baseOutput().value()).isEqualTo(125);
        List<Bar> bars = t.bars();
        assertThat(bars).extracting(Bar::parameterId).startsWith("leadsPerMonth", "nonTargetShare", "minutesPerCall");
        for (int i = 0; i < 3; i++) {
            assertThat(bars.get(i).swing().value()).isCloseTo(25, within(1e-9));
            assertThat(bars.get(i).lowOutput().value()).isCloseTo(112.5, within(1e-9));
            assertThat(bars.get(i).highOutput().value()).isCloseTo(137.5, within(1e-9));
        }
        // automated share is 0 at base: ±10 % of nothing does not move it
        assertThat(bars.subList(3, bars.size())).allSatisfy(b -> assertThat(b.swing().value()).isZero());
        assertThat(bars).hasSize(MODEL.parameters().size());
    }

    @Test
    void variedInputsAreClampedToTheSliderRange() {
        double[] base = ARTICLE.clone();
        int share = MODEL.parameterIndex("nonTargetShare");
        base[share] = 0.95;
        Tornado t = Sensitivity.tornado(MODEL, base, MODEL.outputIndex("wastedHoursMonth"), 0.1);
        Bar bar = t.bars().stream().filter(b -> b.parameterIndex() == share).findFirst().orElseThrow();
        assertThat(bar.lowInput()).isCloseTo(0.855, within(1e-12));
        assertThat(bar.highInput()).isEqualTo(1.0);
        // 1000 × (1 − 0.855) × 15 ÷ 60 ... swing = 1000 × 0.145 × 0.25 = 36.25
        assertThat(bar.swing().value()).isCloseTo(36.25, within(1e-9));
    }

    @Test
    void barsWithAnUndefinedEndSortLastAndKeepTheReason() {
        // ±100 %: managers and working hours reach 0, where capacity lost has no value
        Tornado t = Sensitivity.tornado(MODEL, ARTICLE, MODEL.outputIndex("capacityLost"), 1.0);
        List<Bar> bars = t.bars();
        Bar last = bars.get(bars.size() - 1);
        Bar beforeLast = bars.get(bars.size() - 2);
        assertThat(List.of(beforeLast.parameterId(), last.parameterId()))
                .containsExactly("managers", "workingHoursPerMonth");
        assertThat(last.swing().reason()).isEqualTo(UndefinedReason.ZERO_CAPACITY);
        assertThat(beforeLast.lowOutput().reason()).isEqualTo(UndefinedReason.ZERO_CAPACITY);
        assertThat(bars.subList(0, bars.size() - 2)).allSatisfy(b -> assertThat(b.swing().isDefined()).isTrue());
    }

    @Test
    void barsAreAlwaysSortedBySwingLargestFirst() {
        Random random = new Random(61);
        List<WhatIfModel> models = List.of(new NonTargetCostModel(), new CacClvModel(), new PipelineVelocityModel());
        for (int run = 0; run < 300; run++) {
            WhatIfModel model = models.get(random.nextInt(models.size()));
            double[] base = new double[model.parameters().size()];
            for (int i = 0; i < base.length; i++) {
                Parameter p = model.parameters().get(i);
                base[i] = p.min() + random.nextDouble() * (p.max() - p.min());
            }
            Tornado t = Sensitivity.tornado(model, base, random.nextInt(model.outputs().size()),
                    random.nextDouble());
            boolean seenUndefined = false;
            double previous = Double.POSITIVE_INFINITY;
            for (Bar b : t.bars()) {
                if (b.swing().isDefined()) {
                    assertThat(seenUndefined).as("defined after undefined").isFalse();
                    assertThat(b.swing().value()).isLessThanOrEqualTo(previous).isGreaterThanOrEqualTo(0);
                    previous = b.swing().value();
                } else {
                    seenUndefined = true;
                }
                Parameter p = model.parameters().get(b.parameterIndex());
                assertThat(b.lowInput()).isBetween(p.min(), p.max());
                assertThat(b.highInput()).isBetween(p.min(), p.max());
            }
        }
    }

    @Test
    void aNegativeVariationIsRefused() {
        assertThatThrownBy(() -> Sensitivity.tornado(MODEL, ARTICLE, 0, -0.1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
