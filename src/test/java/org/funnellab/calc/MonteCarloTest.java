package org.funnellab.calc;

import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MonteCarloTest {
    private static final NonTargetCostModel MODEL = new NonTargetCostModel();
    private static final double[] ARTICLE = NonTargetCostModel.Inputs.articleExample().toArray();
    private static final int HOURS = MODEL.outputIndex("wastedHoursMonth");

    private static Triangular[] uncertainShareAndMinutes() {
        Triangular[] u = new Triangular[MODEL.parameters().size()];
        u[MODEL.parameterIndex("nonTargetShare")] = new Triangular(0.3, 0.5, 0.6);
        u[MODEL.parameterIndex("minutesPerCall")] = new Triangular(10, 15, 25);
        return u;
    }

    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        double[] oneToTen = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        // h = 9 × k ÷ 100: P10 → 0.9 → 1.9; P50 → 4.5 → 5.5; P90 → 8.1 → 9.1
        assertThat(MonteCarlo.percentile(oneToTen, 10)).isCloseTo(1.9, within(1e-12));
        assertThat(MonteCarlo.percentile(oneToTen, 50)).isCloseTo(5.5, within(1e-12));
        assertThat(MonteCarlo.percentile(oneToTen, 90)).isCloseTo(9.1, within(1e-12));
        assertThat(MonteCarlo.percentile(oneToTen, 100)).isEqualTo(10);
        assertThat(MonteCarlo.percentile(new double[] {7}, 10)).isEqualTo(7);
    }

    @Test
    void histogramBinsCoverMinToMaxAndCountEverySample() {
        // width (9 − 1) ÷ 4 = 2: [1,3) [3,5) [5,7) [7,9]
        MonteCarlo.Histogram h = MonteCarlo.histogram(new double[] {1, 2, 3, 4.5, 5, 8.9, 9}, 4);
        assertThat(h.edges()).containsExactly(1, 3, 5, 7, 9);
        assertThat(h.counts()).containsExactly(2, 2, 1, 2);
        MonteCarlo.Histogram flat = MonteCarlo.histogram(new double[] {4, 4, 4}, 10);
        assertThat(flat.counts()).containsExactly(3);
        assertThat(flat.edges()).containsExactly(4, 4);
    }

    @Test
    void triangularQuantilesRunFromLowThroughLikelyToHigh() {
        Triangular t = new Triangular(10, 15, 25);
        assertThat(t.quantile(0)).isEqualTo(10);
        assertThat(t.quantile(1.0 / 3)).isCloseTo(15, within(1e-9));  // F(likely) = 5 ÷ 15
        assertThat(t.quantile(1 - 1e-12)).isCloseTo(25, within(1e-4));
        assertThat(t.mean()).isCloseTo(50.0 / 3, within(1e-12));
        assertThat(Triangular.fixed(3).quantile(0.7)).isEqualTo(3);
        assertThatThrownBy(() -> new Triangular(2, 1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void samplesFollowTheTriangularMean() {
        // hours are linear in minutes with everything else fixed: mean = 1000 × 0.5 × mean(minutes) ÷ 60
        Triangular[] u = new Triangular[MODEL.parameters().size()];
        u[MODEL.parameterIndex("minutesPerCall")] = new Triangular(10, 15, 25);
        MonteCarlo.Result r = MonteCarlo.run(MODEL, ARTICLE, u, HOURS, 100_000, 5, 20);
        assertThat(r.mean().value()).isCloseTo(500 * (50.0 / 3) / 60, within(0.2));
    }

    @Test
    void theSameSeedGivesTheSameSamplesAndAnotherSeedDoesNot() {
        Random random = new Random(71);
        for (int run = 0; run < 200; run++) {
            long seed = random.nextLong();
            MonteCarlo.Result a = MonteCarlo.run(MODEL, ARTICLE, uncertainShareAndMinutes(), HOURS, 200, seed, 10);
            MonteCarlo.Result b = MonteCarlo.run(MODEL, ARTICLE, uncertainShareAndMinutes(), HOURS, 200, seed, 10);
            MonteCarlo.Result c = MonteCarlo.run(MODEL, ARTICLE, uncertainShareAndMinutes(), HOURS, 200, seed + 1, 10);
            assertThat(a.samples()).containsExactly(b.samples());
            assertThat(a.p50()).isEqualTo(b.p50());
            assertThat(Arrays.equals(a.samples(), c.samples())).isFalse();
        }
    }

    @Test
    void lowEqualLikelyEqualHighGivesAZeroWidthBand() {
        Random random = new Random(72);
        for (int run = 0; run < 200; run++) {
            Triangular[] u = new Triangular[MODEL.parameters().size()];
            double[] base = ARTICLE.clone();
            for (int i = 0; i < u.length; i++) {
                Parameter p = MODEL.parameters().get(i);
                double v = p.min() + random.nextDouble() * (p.max() - p.min());
                u[i] = Triangular.fixed(v);
                base[i] = v;
            }
            MonteCarlo.Result r = MonteCarlo.run(MODEL, base, u, HOURS, 100, random.nextLong(), 10);
            double expected = MODEL.evaluate(base)[HOURS].value();
            assertThat(r.p10().value()).isEqualTo(r.p90().value()).isEqualTo(expected);
            assertThat(r.p50().value()).isEqualTo(expected);
            assertThat(r.histogram().counts()).containsExactly(100);
        }
    }

    @Test
    void percentilesAreAlwaysOrdered() {
        Random random = new Random(73);
        List<WhatIfModel> models = List.of(new NonTargetCostModel(), new CacClvModel(), new PipelineVelocityModel());
        for (int run = 0; run < 200; run++) {
            WhatIfModel model = models.get(random.nextInt(models.size()));
            int n = model.parameters().size();
            double[] base = new double[n];
            Triangular[] u = new Triangular[n];
            for (int i = 0; i < n; i++) {
                Parameter p = model.parameters().get(i);
                double[] three = new double[3];
                for (int k = 0; k < 3; k++) {
                    three[k] = p.min() + random.nextDouble() * (p.max() - p.min());
                }
                Arrays.sort(three);
                base[i] = three[1];
                u[i] = random.nextBoolean() ? new Triangular(three[0], three[1], three[2]) : null;
            }
            MonteCarlo.Result r = MonteCarlo.run(model, base, u, random.nextInt(model.outputs().size()), 300,
                    random.nextLong(), 15);
            assertThat(r.undefinedDraws() + r.samples().length).isEqualTo(300);
            if (r.samples().length > 0) {
                assertThat(r.p10().value()).isLessThanOrEqualTo(r.p50().value());
                assertThat(r.p50().value()).isLessThanOrEqualTo(r.p90().value());
                assertThat(r.mean().value()).isBetween(r.histogram().edges()[0],
                        r.histogram().edges()[r.histogram().edges().length - 1]);
                assertThat(Arrays.stream(r.histogram().counts()).sum()).isEqualTo(r.samples().length);
            }
        }
    }

    @Test
    void undefinedDrawsAreCountedByReasonAndLeftOut() {
        // y = x, undefined below 0.5; x ~ triangular(0, 0.5, 1) is below 0.5 half the time
        FunctionModel halfDefined = new FunctionModel(0, 1, x -> x < 0.5
                ? MetricValue.undefined(UndefinedReason.NO_CUSTOMERS) : MetricValue.of(x));
        MonteCarlo.Result r = MonteCarlo.run(halfDefined, new double[] {0.5},
                new Triangular[] {new Triangular(0, 0.5, 1)}, 0, 10_000, 9, 10);
        assertThat(r.undefinedDraws()).isBetween(4_700L, 5_300L);
        assertThat(r.undefinedByReason()).containsOnlyKeys(UndefinedReason.NO_CUSTOMERS);
        assertThat(r.undefinedByReason().get(UndefinedReason.NO_CUSTOMERS)).isEqualTo(r.undefinedDraws());
        assertThat(r.samples().length + r.undefinedDraws()).isEqualTo(10_000);
        assertThat(Arrays.stream(r.samples()).min().orElseThrow()).isGreaterThanOrEqualTo(0.5);
        assertThat(r.p10().value()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void anOutputNeverDefinedGivesUndefinedStatisticsWithTheReason() {
        double[] noManagers = ARTICLE.clone();
        noManagers[MODEL.parameterIndex("managers")] = 0;
        MonteCarlo.Result r = MonteCarlo.run(MODEL, noManagers, uncertainShareAndMinutes(),
                MODEL.outputIndex("capacityLost"), 500, 1, 10);
        assertThat(r.undefinedDraws()).isEqualTo(500);
        assertThat(r.p50().reason()).isEqualTo(UndefinedReason.ZERO_CAPACITY);
        assertThat(r.mean().reason()).isEqualTo(UndefinedReason.ZERO_CAPACITY);
        assertThat(r.histogram().counts()).isEmpty();
    }

    @Test
    void progressIsReportedAndARunCanBeCancelled() {
        List<Long> seen = new ArrayList<>();
        MonteCarlo.Result all = MonteCarlo.run(MODEL, ARTICLE, uncertainShareAndMinutes(), HOURS, 10_000, 3, 20,
                (done, total) -> seen.add(done) && total == 10_000);
        assertThat(seen).containsExactly(1024L, 2048L, 3072L, 4096L, 5120L, 6144L, 7168L, 8192L, 9216L, 10_000L);
        assertThat(all.cancelled()).isFalse();
        assertThat(all.completedDraws()).isEqualTo(10_000);

        MonteCarlo.Result stopped = MonteCarlo.run(MODEL, ARTICLE, uncertainShareAndMinutes(), HOURS, 10_000, 3, 20,
                (done, total) -> done < 2048);
        assertThat(stopped.cancelled()).isTrue();
        assertThat(stopped.completedDraws()).isEqualTo(2048);
        assertThat(stopped.samples()).hasSize(2048);
        // the draws made before cancelling are the same draws a full run starts with
        assertThat(stopped.samples()).containsExactly(Arrays.copyOf(all.samples(), 2048));
    }

    @Test
    void drawsAreClampedToTheSliderRange() {
        Triangular[] u = new Triangular[MODEL.parameters().size()];
        u[MODEL.parameterIndex("nonTargetShare")] = new Triangular(0.5, 1.0, 3.0);
        MonteCarlo.Result r = MonteCarlo.run(MODEL, ARTICLE, u, HOURS, 2_000, 4, 10);
        // share never exceeds 1, so hours never exceed 1000 × 1 × 15 ÷ 60 = 250
        assertThat(Arrays.stream(r.samples()).max().orElseThrow()).isLessThanOrEqualTo(250.0);
        assertThat(Arrays.stream(r.samples()).min().orElseThrow()).isGreaterThanOrEqualTo(125.0);
    }

    @Test
    void malformedRunsAreRefused() {
        assertThatThrownBy(() -> MonteCarlo.run(MODEL, ARTICLE, new Triangular[2], HOURS, 10, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MonteCarlo.run(MODEL, ARTICLE, uncertainShareAndMinutes(), HOURS, 0, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
