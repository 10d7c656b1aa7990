package org.funnellab.calc;

import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NonTargetCostModelTest {

    @Test
    void theLeadQualificationArticleExampleHoldsExactly() {
        // 1000 × 0.5 × 15 ÷ 60 = 125 h; 125 ÷ (2 × 160) = 0.390625; 100,000 ÷ 160 = 625/h; 625 × 125 = 78,125
        NonTargetCostModel.Result r = NonTargetCostModel.compute(NonTargetCostModel.Inputs.articleExample());
        assertThat(r.nonTargetLeads()).isEqualTo(500);
        assertThat(r.wastedHoursPerMonth()).isEqualTo(125);
        assertThat(r.capacityLost().value()).isEqualTo(0.390625);
        assertThat(r.loadedHourlyCost().value()).isEqualTo(625);
        assertThat(r.wastedSalaryPerMonth().value()).isEqualTo(78_125);
        assertThat(r.wastedHoursPerYear()).isEqualTo(1_500);
        assertThat(r.wastedSalaryPerYear().value()).isEqualTo(937_500);
    }

    @ParameterizedTest(name = "{0} leads, {1} non-target, {2} min, {3} automated, ×{4} loaded, {5}/lead → {6} h")
    @CsvSource({
            // hours = leads × share × (1 − auto) × min ÷ 60 ; salary = hours × 100,000 × factor ÷ 160
            // media = cost per lead × leads × share ; revenue not earned = hours × 3,200,000 ÷ 320
            "1000, 0.5,  15, 0,    1.0, 0,    125,   78125,    0,      1250000",
            "1000, 0.5,  15, 0.5,  1.0, 0,    62.5,  39062.5,  0,      625000",
            "600,  0.25, 20, 0,    1.5, 1000, 50,    46875,    150000, 500000",   // 600×.25×20/60; 50×937.5
            "2400, 0.1,  30, 0.25, 1.2, 400,  90,    67500,    96000,  900000",   // 240×.75×30/60; 90×750
            "0,    0.9,  15, 0,    1.0, 500,  0,     0,        0,      0"})
    void handWorkedTableOfEveryNonTargetCostOutput(double leads, double share, double minutes, double automated,
                                                   double factor, double cpl, double hours, double salary,
                                                   double media, double revenue) {
        NonTargetCostModel.Result r = NonTargetCostModel.compute(new NonTargetCostModel.Inputs(leads, share, minutes,
                2, 100_000, 160, factor, automated, cpl, 3_200_000));
        assertThat(r.wastedHoursPerMonth()).isCloseTo(hours, within(1e-9));
        assertThat(r.wastedSalaryPerMonth().value()).isCloseTo(salary, within(1e-9));
        assertThat(r.mediaWastePerMonth()).isCloseTo(media, within(1e-9));
        assertThat(r.revenueNotEarnedPerMonth().value()).isCloseTo(revenue, within(1e-9));
    }

    @Test
    void aTeamWithNoWorkingHoursGivesUndefinedCapacityAndCosts() {
        NonTargetCostModel.Result r = NonTargetCostModel.compute(
                new NonTargetCostModel.Inputs(1000, 0.5, 15, 2, 100_000, 0, 1, 0, 100, 1_000_000));
        assertThat(r.capacityLost().reason()).isEqualTo(UndefinedReason.ZERO_CAPACITY);
        assertThat(r.loadedHourlyCost().reason()).isEqualTo(UndefinedReason.ZERO_CAPACITY);
        assertThat(r.wastedSalaryPerMonth().reason()).isEqualTo(UndefinedReason.ZERO_CAPACITY);
        assertThat(r.revenueNotEarnedPerMonth().reason()).isEqualTo(UndefinedReason.ZERO_CAPACITY);
        NonTargetCostModel.Result noManagers = NonTargetCostModel.compute(
                new NonTargetCostModel.Inputs(1000, 0.5, 15, 0, 100_000, 160, 1, 0, 100, 1_000_000));
        assertThat(noManagers.capacityLost().reason()).isEqualTo(UndefinedReason.ZERO_CAPACITY);
        assertThat(noManagers.wastedSalaryPerMonth().isDefined()).isTrue();
    }

    @Test
    void wastedHoursAreLinearInTheNonTargetShare() {
        Random random = new Random(11);
        for (int run = 0; run < 300; run++) {
            double leads = random.nextInt(10_000);
            double minutes = 1 + random.nextDouble() * 59;
            double automated = random.nextDouble();
            double a = random.nextDouble();
            double b = random.nextDouble();
            double k = random.nextDouble() * 2;
            double ha = hours(leads, a, minutes, automated);
            double hb = hours(leads, b, minutes, automated);
            double scale = Math.max(1, leads * minutes);
            // f(a + b) = f(a) + f(b) and f(k·a) = k·f(a), within rounding
            assertThat(hours(leads, a + b, minutes, automated)).isCloseTo(ha + hb, within(1e-12 * scale));
            assertThat(hours(leads, k * a, minutes, automated)).isCloseTo(k * ha, within(1e-12 * scale));
            assertThat(hours(leads, 0, minutes, automated)).isZero();
        }
    }

    private static double hours(double leads, double share, double minutes, double automated) {
        return NonTargetCostModel.compute(new NonTargetCostModel.Inputs(leads, share, minutes, 2, 100_000, 160, 1,
                automated, 0, 0)).wastedHoursPerMonth();
    }

    @Test
    void evaluateListsTheOutputsInDeclaredOrder() {
        NonTargetCostModel model = new NonTargetCostModel();
        MetricValue[] out = model.evaluate(NonTargetCostModel.Inputs.articleExample().toArray());
        assertThat(out).hasSize(model.outputs().size());
        assertThat(out[model.outputIndex("wastedHoursMonth")].value()).isEqualTo(125);
        assertThat(out[model.outputIndex("capacityLost")].value()).isEqualTo(0.390625);
        assertThat(out[model.outputIndex("wastedSalaryMonth")].value()).isEqualTo(78_125);
    }
}
