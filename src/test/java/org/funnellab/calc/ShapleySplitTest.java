package org.funnellab.calc;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ShapleySplitTest {
    private static BigDecimal sum(ShapleySplit.Result r) {
        return r.contributions().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Revenue = leads × conversion × deal. A: 100 × 0.10 × 1,000 = 10,000; B: 200 × 0.15 × 1,000 = 30,000.
     * Two changed inputs (leads, conversion). v(∅) = 10,000, v({leads}) = 20,000, v({conv}) = 15,000, v(both) = 30,000.
     * φ(leads) = ½(20,000 − 10,000) + ½(30,000 − 15,000) = 5,000 + 7,500 = 12,500;
     * φ(conv)  = ½(15,000 − 10,000) + ½(30,000 − 20,000) = 2,500 + 5,000 = 7,500. Sum 20,000 = B − A.
     */
    @Test
    void handWorkedTwoInputsSplitTheInteractionEvenly() {
        double[] a = {100, 0.10};
        double[] b = {200, 0.15};
        ShapleySplit.Result r = ShapleySplit.split(2, mask -> {
            double leads = (mask & 1) != 0 ? b[0] : a[0];
            double conv = (mask & 2) != 0 ? b[1] : a[1];
            return leads * conv * 1000;
        });
        assertThat(r.method()).isEqualTo(ShapleySplit.Method.SHAPLEY);
        assertThat(r.contributions().get(0).doubleValue()).isCloseTo(12_500, within(1e-6));
        assertThat(r.contributions().get(1).doubleValue()).isCloseTo(7_500, within(1e-6));
        assertThat(sum(r)).isEqualByComparingTo(r.total());
        assertThat(r.total().doubleValue()).isCloseTo(20_000, within(1e-9));
    }

    @Test
    void anAdditiveFunctionGivesEachInputItsOwnChange() {
        double[] w = {3, -2, 5, 0.5};
        ShapleySplit.Result r = ShapleySplit.split(4, mask -> {
            double s = 1;
            for (int i = 0; i < 4; i++) {
                s += (mask & (1L << i)) != 0 ? w[i] : 0;
            }
            return s;
        });
        for (int i = 0; i < 4; i++) {
            assertThat(r.contributions().get(i).doubleValue()).isCloseTo(w[i], within(1e-12));
        }
    }

    @Test
    void noChangedInputGivesNoContributionAndZeroTotal() {
        ShapleySplit.Result r = ShapleySplit.split(0, mask -> 42);
        assertThat(r.contributions()).isEmpty();
        assertThat(r.total()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    /** 300 seeded random products and ratios of 1–12 inputs: the contributions always sum exactly to the total. */
    @Test
    void contributionsSumExactlyToTheTotalForRandomFunctions() {
        SplittableRandom rnd = new SplittableRandom(20261201L);
        for (int c = 0; c < 300; c++) {
            int n = 1 + rnd.nextInt(12);
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = 0.1 + rnd.nextDouble() * 1000;
                b[i] = 0.1 + rnd.nextDouble() * 1000;
            }
            boolean ratio = rnd.nextBoolean();
            ShapleySplit.Result r = ShapleySplit.split(n, mask -> {
                double num = 1;
                double den = 1;
                for (int i = 0; i < n; i++) {
                    double x = (mask & (1L << i)) != 0 ? b[i] : a[i];
                    if (ratio && i % 2 == 1) {
                        den += x;
                    } else {
                        num *= 1 + x / 100;
                    }
                }
                return num / den;
            });
            assertThat(sum(r)).as("case %d (n=%d)", c, n).isEqualByComparingTo(r.total());
            assertThat(r.method()).isEqualTo(n <= ShapleySplit.EXACT_LIMIT ? ShapleySplit.Method.SHAPLEY
                    : ShapleySplit.Method.SEQUENTIAL);
        }
    }

    /** Symmetry: two inputs that play the same role get the same share. */
    @Test
    void symmetricInputsGetEqualContributions() {
        ShapleySplit.Result r = ShapleySplit.split(3, mask -> {
            double x = (mask & 1) != 0 ? 4 : 1;
            double y = (mask & 2) != 0 ? 4 : 1;
            double z = (mask & 4) != 0 ? 2 : 1;
            return x * y * z;
        });
        assertThat(r.contributions().get(0).doubleValue())
                .isCloseTo(r.contributions().get(1).doubleValue(), within(1e-9));
    }
}
