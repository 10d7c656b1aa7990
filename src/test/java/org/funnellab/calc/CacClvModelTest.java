package org.funnellab.calc;

import org.funnellab.calc.CacClvModel.Inputs;
import org.funnellab.calc.CacClvModel.Result;
import org.funnellab.domain.CostCategory;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CacClvModelTest {

    @ParameterizedTest(name = "spend {0}+{1}+{2}+{3}, {4} leads × {5} → CAC {6}, CLV {7}, {8}:1, {9} months")
    @CsvSource({
            // spend = Σ groups; customers = leads × conversion; CAC = spend ÷ customers
            // CLV = purchase × per year × years × margin; payback = CAC ÷ (purchase × per year ÷ 12 × margin)
            // example: 600,000 ÷ 20 = 30,000; 200,000×2×3×.4 = 480,000; 16:1; 30,000 ÷ 13,333.3 = 2.25
            "300000, 100000, 50000, 150000, 1000, 0.02, 200000, 2,  3, 0.4,  30000, 480000, 16,  2.25",
            // 100,000 ÷ 5 = 20,000; 50,000×1×4×.5 = 100,000; 5:1; 20,000 ÷ 2,083.3 = 9.6
            "100000, 0,      0,     0,      500,  0.01, 50000,  1,  4, 0.5,  20000, 100000, 5,   9.6",
            // 100,000 ÷ 10 = 10,000; 12,000×12×2×.25 = 72,000; 7.2:1; 10,000 ÷ 3,000 = 3.33…
            "60000,  20000,  10000, 10000,  200,  0.05, 12000,  12, 2, 0.25, 10000, 72000,  7.2, 3.3333333333333335"})
    void handWorkedTableOfTheCacClvBalance(double media, double content, double tools, double salaries, double leads,
                                           double conversion, double purchase, double perYear, double years,
                                           double margin, double cac, double clv, double ratio, double payback) {
        Result r = CacClvModel.compute(new Inputs(media, content, tools, salaries, leads, conversion, purchase, perYear,
                years, margin));
        assertThat(r.spendPerMonth()).isCloseTo(media + content + tools + salaries, within(1e-9));
        assertThat(r.customersPerMonth()).isCloseTo(leads * conversion, within(1e-9));
        assertThat(r.cac().value()).isCloseTo(cac, within(1e-6));
        assertThat(r.clv()).isCloseTo(clv, within(1e-6));
        assertThat(r.ltvToCac().value()).isCloseTo(ratio, within(1e-9));
        assertThat(r.paybackMonths().value()).isCloseTo(payback, within(1e-9));
    }

    @Test
    void noCustomersMakeCacAndEverythingBuiltOnItUndefined() {
        Result r = CacClvModel.compute(new Inputs(100_000, 0, 0, 0, 1000, 0, 10_000, 1, 1, 0.5));
        assertThat(r.cac().reason()).isEqualTo(UndefinedReason.NO_CUSTOMERS);
        assertThat(r.ltvToCac().reason()).isEqualTo(UndefinedReason.NO_CUSTOMERS);
        assertThat(r.paybackMonths().reason()).isEqualTo(UndefinedReason.NO_CUSTOMERS);
    }

    @Test
    void zeroSpendMakesCacUndefinedAndZeroMarginMakesPaybackUndefined() {
        Result free = CacClvModel.compute(new Inputs(0, 0, 0, 0, 1000, 0.1, 10_000, 1, 1, 0.5));
        assertThat(free.cac().reason()).isEqualTo(UndefinedReason.NO_COSTS);
        assertThat(free.ltvToCac().reason()).isEqualTo(UndefinedReason.NO_COSTS);
        Result noMargin = CacClvModel.compute(new Inputs(1000, 0, 0, 0, 1000, 0.1, 10_000, 1, 1, 0));
        assertThat(noMargin.paybackMonths().reason()).isEqualTo(UndefinedReason.ZERO_MARGIN_REVENUE);
        assertThat(noMargin.ltvToCac().value()).isZero();
    }

    @Test
    void spendByGroupSumsIncludedCategoriesPerMonth() {
        Map<CostCategory, BigDecimal> costs = Map.of(
                CostCategory.PAID_MEDIA, new BigDecimal("200000"),
                CostCategory.CONTENT, new BigDecimal("30000"), CostCategory.AGENCY, new BigDecimal("10000"),
                CostCategory.SOFTWARE, new BigDecimal("6000"), CostCategory.OTHER, new BigDecimal("2000"),
                CostCategory.SALES_SALARIES, new BigDecimal("400000"));
        double[] all = Inputs.spendByGroup(costs, EnumSet.allOf(CostCategory.class), 2);
        assertThat(all).containsExactly(100_000, 20_000, 4_000, 200_000);
        double[] noSalaries = Inputs.spendByGroup(costs,
                EnumSet.complementOf(EnumSet.of(CostCategory.SALES_SALARIES)), 2);
        assertThat(noSalaries).containsExactly(100_000, 20_000, 4_000, 0);
        for (CostCategory c : CostCategory.values()) {
            assertThat(CacClvModel.SpendGroup.of(c).categories()).contains(c);
        }
    }

    @Test
    void cacNeverFallsWhenSpendRisesWithCustomersFixed() {
        Random random = new Random(21);
        for (int run = 0; run < 300; run++) {
            Inputs in = randomInputs(random);
            double[] more = in.toArray();
            more[random.nextInt(4)] += random.nextDouble() * 500_000;
            Result before = CacClvModel.compute(in);
            Result after = CacClvModel.compute(Inputs.fromArray(more));
            assertThat(after.customersPerMonth()).isEqualTo(before.customersPerMonth());
            assertThat(after.cac().value()).isGreaterThanOrEqualTo(before.cac().value());
        }
    }

    @Test
    void ltvToCacScalesInverselyWithSpend() {
        Random random = new Random(22);
        for (int run = 0; run < 300; run++) {
            Inputs in = randomInputs(random);
            double k = 0.1 + random.nextDouble() * 10;
            MetricValue base = CacClvModel.compute(in).ltvToCac();
            MetricValue scaled = CacClvModel.compute(in.withSpendScaled(k)).ltvToCac();
            assertThat(scaled.value() * k).isCloseTo(base.value(), within(1e-9 * Math.max(1, base.value())));
        }
    }

    private static Inputs randomInputs(Random r) {
        return new Inputs(1 + r.nextDouble() * 1e6, r.nextDouble() * 1e5, r.nextDouble() * 1e5, r.nextDouble() * 1e6,
                1 + r.nextInt(5000), 0.001 + r.nextDouble() * 0.2, 1 + r.nextDouble() * 1e6, 0.5 + r.nextDouble() * 12,
                0.5 + r.nextDouble() * 10, 0.05 + r.nextDouble() * 0.9);
    }

    @Test
    void slidersHoldTheBaselineAndTheArrayRoundTrips() {
        Inputs big = new Inputs(5e6, 1e6, 1e6, 4e6, 10_000, 0.03, 2e6, 20, 15, 0.7);
        CacClvModel model = new CacClvModel(big);
        double[] v = big.toArray();
        assertThat(Inputs.fromArray(v)).isEqualTo(big);
        for (int i = 0; i < v.length; i++) {
            Parameter p = model.parameters().get(i);
            assertThat(v[i]).as(p.id()).isBetween(p.min(), p.max());
        }
        assertThat(model.evaluate(v)).hasSameSizeAs(model.outputs());
        assertThat(model.evaluate(v)[model.outputIndex("cac")]).isEqualTo(CacClvModel.compute(big).cac());
    }
}
