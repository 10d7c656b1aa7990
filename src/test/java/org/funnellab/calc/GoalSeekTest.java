package org.funnellab.calc;

import org.funnellab.calc.GoalSeek.Found;
import org.funnellab.calc.GoalSeek.NeverDefined;
import org.funnellab.calc.GoalSeek.NotReachable;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GoalSeekTest {
    private static final NonTargetCostModel NON_TARGET = new NonTargetCostModel();
    private static final double[] ARTICLE = NonTargetCostModel.Inputs.articleExample().toArray();

    private static GoalSeek.Result seekNonTarget(String output, double target, String input) {
        return GoalSeek.seek(NON_TARGET, ARTICLE, NON_TARGET.outputIndex(output), target,
                NON_TARGET.parameterIndex(input));
    }

    @ParameterizedTest(name = "{0} = {1} by moving {2} → {3}")
    @CsvSource({
            // 1000 × 0.5 × m ÷ 60 = 100 → m = 12
            "wastedHoursMonth,  100,     minutesPerCall, 12",
            // hours = 0.5 × 320 = 160 = L × 0.5 × 15 ÷ 60 → L = 1280
            "capacityLost,      0.5,     leadsPerMonth,  1280",
            // 125 h × S ÷ 160 = 50,000 → S = 64,000
            "wastedSalaryMonth, 50000,   monthlySalary,  64000",
            // 1000 × s × 15 ÷ 60 = 200 → s = 0.8
            "wastedHoursMonth,  200,     nonTargetShare, 0.8",
            // 125 × (1 − a) = 25 → a = 0.8
            "wastedHoursMonth,  25,      automatedShare, 0.8"})
    void findsTheInputThatReachesTheTarget(String output, double target, String input, double expected) {
        GoalSeek.Result r = seekNonTarget(output, target, input);
        assertThat(r).isInstanceOf(Found.class);
        Found f = (Found) r;
        assertThat(f.input()).isCloseTo(expected, within(1e-6 * Math.max(1, expected)));
        assertThat(f.output()).isCloseTo(target, within(GoalSeek.defaultTolerance(target)));
    }

    @Test
    void findsTheLifetimeThatBalancesLtvToCacAtThreeToOne() {
        // CLV ÷ CAC = 200,000 × 2 × y × 0.4 ÷ 30,000 = 5.333 y = 3 → y = 0.5625
        CacClvModel model = new CacClvModel();
        int in = model.parameterIndex("lifetimeYears");
        GoalSeek.Result r = GoalSeek.seek(model, CacClvModel.example().toArray(), model.outputIndex("ltvToCac"), 3,
                in, 0, 10);
        assertThat(((Found) r).input()).isCloseTo(0.5625, within(1e-9));
    }

    @Test
    void aTargetOutsideTheRangeIsNotReachableAndTheReachableRangeIsGiven() {
        // minutes 0..60 give 0..500 hours
        GoalSeek.Result r = seekNonTarget("wastedHoursMonth", 10_000, "minutesPerCall");
        assertThat(r).isEqualTo(new NotReachable(0, 500));
    }

    @Test
    void anOutputUndefinedEverywhereSaysWhy() {
        double[] noManagers = ARTICLE.clone();
        noManagers[NON_TARGET.parameterIndex("managers")] = 0;
        int in = NON_TARGET.parameterIndex("minutesPerCall");
        GoalSeek.Result r = GoalSeek.seek(NON_TARGET, noManagers, NON_TARGET.outputIndex("capacityLost"), 0.1, in,
                0, 60);
        assertThat(r).isEqualTo(new NeverDefined(UndefinedReason.ZERO_CAPACITY));
    }

    @ParameterizedTest(name = "base {0} → {1}")
    @CsvSource({"9, 7", "6, 7", "1, 3", "4.9, 3"})
    void onANonMonotoneOutputTheRootNearestTheBaseIsChosen(double base, double expected) {
        // (x − 5)² = 4 at x = 3 and x = 7
        FunctionModel parabola = new FunctionModel(0, 10, x -> MetricValue.of((x - 5) * (x - 5)));
        Found f = (Found) GoalSeek.seek(parabola, new double[] {base}, 0, 4, 0, 0, 10);
        assertThat(f.input()).isCloseTo(expected, within(1e-6));
    }

    @Test
    void undefinedPointsInTheRangeAreSteppedAround() {
        // 1 ÷ x is undefined at x = 0, the first sample; 1 ÷ x = 2 at x = 0.5
        FunctionModel inverse = new FunctionModel(0, 10, x -> MetricValue.ratio(1, x, UndefinedReason.NO_LEADS));
        Found f = (Found) GoalSeek.seek(inverse, new double[] {5}, 0, 2, 0, 0, 10);
        assertThat(f.input()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void theReachableRangeNextToAPoleIncludesTheProbesTowardIt() {
        // 1 ÷ x over (0, 10] spans [0.1, ∞): a negative target is out of reach, the range runs far up
        FunctionModel inverse = new FunctionModel(0, 10, x -> MetricValue.ratio(1, x, UndefinedReason.NO_LEADS));
        NotReachable r = (NotReachable) GoalSeek.seek(inverse, new double[] {5}, 0, -1, 0, 0, 10);
        assertThat(r.lowestOutput()).isCloseTo(0.1, within(1e-12));
        assertThat(r.highestOutput()).isGreaterThan(1e15);
    }

    @Test
    void aJumpAcrossTheTargetIsNotReachable() {
        FunctionModel step = new FunctionModel(0, 10, x -> MetricValue.of(x < Math.PI ? 0 : 1));
        GoalSeek.Result r = GoalSeek.seek(step, new double[] {5}, 0, 0.5, 0, 0, 10);
        assertThat(r).isEqualTo(new NotReachable(0, 1));
    }

    @Test
    void anInvertedRangeIsRefused() {
        assertThatThrownBy(() -> GoalSeek.seek(NON_TARGET, ARTICLE, 0, 1, 0, 10, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAnswerFedBackReproducesTheTarget() {
        Random random = new Random(51);
        List<WhatIfModel> models = List.of(new NonTargetCostModel(), new CacClvModel(), new PipelineVelocityModel());
        List<double[]> bases = List.of(ARTICLE, CacClvModel.example().toArray(),
                PipelineVelocityModel.example().toArray());
        int checked = 0;
        for (int run = 0; run < 400; run++) {
            int m = random.nextInt(models.size());
            WhatIfModel model = models.get(m);
            double[] base = bases.get(m).clone();
            int in = random.nextInt(model.parameters().size());
            int out = random.nextInt(model.outputs().size());
            Parameter p = model.parameters().get(in);
            // a target known to be reachable: the output at a random point of the range
            double[] probe = base.clone();
            probe[in] = p.min() + random.nextDouble() * (p.max() - p.min());
            MetricValue reachable = model.evaluate(probe)[out];
            if (!reachable.isDefined()) {
                continue;
            }
            double target = reachable.value();
            GoalSeek.Result r = GoalSeek.seek(model, base, out, target, in, p.min(), p.max());
            assertThat(r).as("%s %s→%s target %s", model.id(), p.id(), out, target).isInstanceOf(Found.class);
            double[] fed = base.clone();
            fed[in] = ((Found) r).input();
            assertThat(fed[in]).isBetween(p.min(), p.max());
            assertThat(model.evaluate(fed)[out].value()).isCloseTo(target, within(GoalSeek.defaultTolerance(target)));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(200);
    }
}
