package org.funnellab.calc;

import org.funnellab.calc.PipelineVelocityModel.Inputs;
import org.funnellab.calc.PipelineVelocityModel.Lever;
import org.funnellab.calc.PipelineVelocityModel.LeverUplift;
import org.funnellab.domain.UndefinedReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PipelineVelocityModelTest {

    @ParameterizedTest(name = "{0} × {1} × {2} ÷ {3} → {4}/day")
    @CsvSource({
            // opportunities × deal × win rate ÷ days ; month = day × 30.4375
            "50,  200000, 0.25, 60, 41666.666666666664",  // 2,500,000 ÷ 60
            "10,  100000, 0.5,  10, 50000",               // 500,000 ÷ 10
            "120, 15000,  0.3,  45, 12000",               // 540,000 ÷ 45
            "0,   900000, 0.9,  30, 0"})
    void velocityIsOpportunitiesTimesDealTimesWinRateOverCycle(double opps, double deal, double winRate,
                                                               double days, double perDay) {
        PipelineVelocityModel.Result r = PipelineVelocityModel.compute(new Inputs(opps, deal, winRate, days));
        assertThat(r.revenuePerDay().value()).isCloseTo(perDay, within(1e-6));
        assertThat(r.revenuePerMonth().value()).isCloseTo(perDay * 30.4375, within(1e-6));
    }

    @Test
    void aZeroDayCycleHasNoVelocity() {
        PipelineVelocityModel.Result r = PipelineVelocityModel.compute(new Inputs(10, 1000, 0.5, 0));
        assertThat(r.revenuePerDay().reason()).isEqualTo(UndefinedReason.ZERO_SALES_CYCLE);
        assertThat(r.revenuePerMonth().reason()).isEqualTo(UndefinedReason.ZERO_SALES_CYCLE);
        assertThat(PipelineVelocityModel.leverUplifts(new Inputs(10, 1000, 0.5, 0), 0.1))
                .allSatisfy(u -> assertThat(u.upliftPerDay().reason()).isEqualTo(UndefinedReason.ZERO_SALES_CYCLE));
    }

    @Test
    void tenPercentOnEachLeverOfTheExample() {
        // base 41,666.67/day; +10 % opportunities, deal or win rate → ×1.1 (+4,166.67);
        // cycle 60 × 0.9 = 54 days → 2,500,000 ÷ 54 = 46,296.30 (+4,629.63, +11.1 %)
        List<LeverUplift> u = PipelineVelocityModel.leverUplifts(PipelineVelocityModel.example(), 0.1);
        assertThat(u).extracting(LeverUplift::lever).containsExactly(Lever.values());
        for (int i = 0; i < 3; i++) {
            assertThat(u.get(i).upliftPerDay().value()).isCloseTo(2_500_000 / 60.0 * 0.1, within(1e-6));
            assertThat(u.get(i).upliftShare().value()).isCloseTo(0.1, within(1e-12));
        }
        assertThat(u.get(0).improvedInput()).isCloseTo(55, within(1e-12));
        assertThat(u.get(1).improvedInput()).isCloseTo(220_000, within(1e-9));
        assertThat(u.get(2).improvedInput()).isCloseTo(0.275, within(1e-12));
        assertThat(u.get(3).improvedInput()).isCloseTo(54, within(1e-12));
        assertThat(u.get(3).revenuePerDay().value()).isCloseTo(2_500_000 / 54.0, within(1e-6));
        assertThat(u.get(3).upliftShare().value()).isCloseTo(1 / 0.9 - 1, within(1e-12));
    }

    @Test
    void winRateUpliftStopsAtCertainty() {
        // 0.95 × 1.1 = 1.045 is capped at 1: uplift 1 ÷ 0.95 − 1 = 5.26 %
        LeverUplift w = PipelineVelocityModel.leverUplifts(new Inputs(10, 1000, 0.95, 10), 0.1).get(2);
        assertThat(w.improvedInput()).isEqualTo(1.0);
        assertThat(w.upliftShare().value()).isCloseTo(1 / 0.95 - 1, within(1e-12));
        LeverUplift certain = PipelineVelocityModel.leverUplifts(new Inputs(10, 1000, 1.0, 10), 0.1).get(2);
        assertThat(certain.upliftPerDay().value()).isZero();
    }

    @Test
    void anEmptyPipelineGainsNothingAndHasNoRelativeUplift() {
        List<LeverUplift> u = PipelineVelocityModel.leverUplifts(new Inputs(0, 1000, 0.5, 30), 0.1);
        assertThat(u).allSatisfy(x -> {
            assertThat(x.upliftPerDay().value()).isZero();
            assertThat(x.upliftShare().reason()).isEqualTo(UndefinedReason.ZERO_VELOCITY);
        });
    }

    @Test
    void improvementsOfOneHundredPercentOrMoreAreRefused() {
        assertThatThrownBy(() -> PipelineVelocityModel.leverUplifts(PipelineVelocityModel.example(), 1.0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PipelineVelocityModel.leverUplifts(PipelineVelocityModel.example(), -0.1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void velocityUpliftsAreNeverNegative() {
        Random random = new Random(31);
        for (int run = 0; run < 500; run++) {
            Inputs in = new Inputs(random.nextInt(500), random.nextDouble() * 1e6, random.nextDouble(),
                    0.5 + random.nextDouble() * 365);
            double pct = random.nextDouble() * 0.99;
            for (LeverUplift u : PipelineVelocityModel.leverUplifts(in, pct)) {
                assertThat(u.upliftPerDay().value()).as("%s %s %s", in, pct, u.lever()).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void cycleSliderNeverReachesZeroSoTheBaselineIsAlwaysDefined() {
        PipelineVelocityModel model = new PipelineVelocityModel(new Inputs(800, 2e6, 0.4, 400));
        assertThat(model.parameters().get(3).min()).isPositive();
        assertThat(model.parameters()).extracting(Parameter::max).containsExactly(2400.0, 6e6, 1.0, 1200.0);
        assertThat(model.evaluate(new Inputs(800, 2e6, 0.4, 400).toArray())).hasSameSizeAs(model.outputs());
    }
}
