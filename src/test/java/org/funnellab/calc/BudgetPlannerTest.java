package org.funnellab.calc;

import org.funnellab.calc.BudgetPlanner.ChannelBaseline;
import org.funnellab.calc.BudgetPlanner.ChannelPlan;
import org.funnellab.calc.BudgetPlanner.Plan;
import org.funnellab.calc.BudgetPlanner.Settings;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BudgetPlannerTest {
    /** s₀ 100,000, CPL₀ 1,000, 40 % non-target, 5 % convert, deals of 200,000. */
    private static final ChannelBaseline A = new ChannelBaseline("A", 100_000, 1_000, 0.4, 0.05, 200_000);
    /** s₀ 50,000, CPL₀ 2,500, 10 % non-target, 2 % convert, deals of 1,000,000. */
    private static final ChannelBaseline B = new ChannelBaseline("B", 50_000, 2_500, 0.1, 0.02, 1_000_000);

    private static Settings settings(double e) {
        return new Settings(e, 15, 500_000);
    }

    @ParameterizedTest(name = "A at {0}, e = {1} → CPL {2}, {3} leads")
    @CsvSource({
            // CPL = 1000 × (s ÷ 100,000)^e; leads = s ÷ CPL; target = .6 leads; customers = .05 leads;
            // CAC = s ÷ customers; revenue = 200,000 × customers; hours = leads × .4 × 15 ÷ 60; LTV:CAC = 500,000 ÷ CAC
            "100000, 0,   1000, 100, 60,  5,   20000, 1000000, 10, 25",
            "200000, 0,   1000, 200, 120, 10,  20000, 2000000, 20, 25",
            "400000, 0.5, 2000, 200, 120, 10,  40000, 2000000, 20, 12.5",  // (4)^.5 = 2
            "25000,  0.5, 500,  50,  30,  2.5, 10000, 500000,  5,  50",    // (1/4)^.5 = 1/2
            "200000, 1,   2000, 100, 60,  5,   40000, 1000000, 10, 12.5"}) // e = 1: leads never grow
    void handWorkedTableOfOneChannel(double spend, double e, double cpl, double leads, double target,
                                     double customers, double cac, double revenue, double hours, double ltvToCac) {
        ChannelPlan p = BudgetPlanner.channel(A, spend, settings(e));
        assertThat(p.cpl().value()).isCloseTo(cpl, within(1e-9));
        assertThat(p.leads().value()).isCloseTo(leads, within(1e-9));
        assertThat(p.targetLeads().value()).isCloseTo(target, within(1e-9));
        assertThat(p.customers().value()).isCloseTo(customers, within(1e-9));
        assertThat(p.cac().value()).isCloseTo(cac, within(1e-6));
        assertThat(p.revenue().value()).isCloseTo(revenue, within(1e-6));
        assertThat(p.wastedHours().value()).isCloseTo(hours, within(1e-9));
        assertThat(p.ltvToCac().value()).isCloseTo(ltvToCac, within(1e-9));
    }

    @Test
    void totalsOfTwoChannelsAtBaseline() {
        // A: 100 leads, 60 target, 5 customers, 1,000,000, 10 h; B: 20 leads, 18 target, 0.4 customers, 400,000, 0.5 h
        // total: 150,000 ÷ 5.4 = 27,777.78 CAC; 500,000 ÷ that = 18:1; CPL 150,000 ÷ 120 = 1,250
        Plan plan = BudgetPlanner.plan(List.of(A, B), new double[] {100_000, 50_000}, settings(0));
        ChannelPlan t = plan.total();
        assertThat(t.name()).isEqualTo(BudgetPlanner.TOTAL);
        assertThat(t.spend()).isEqualTo(150_000);
        assertThat(t.leads().value()).isCloseTo(120, within(1e-9));
        assertThat(t.targetLeads().value()).isCloseTo(78, within(1e-9));
        assertThat(t.customers().value()).isCloseTo(5.4, within(1e-9));
        assertThat(t.cac().value()).isCloseTo(150_000 / 5.4, within(1e-6));
        assertThat(t.revenue().value()).isCloseTo(1_400_000, within(1e-6));
        assertThat(t.wastedHours().value()).isCloseTo(10.5, within(1e-9));
        assertThat(t.ltvToCac().value()).isCloseTo(18, within(1e-9));
        assertThat(t.cpl().value()).isCloseTo(1_250, within(1e-9));
        assertThat(plan.channels()).extracting(ChannelPlan::name).containsExactly("A", "B");
    }

    @Test
    void aChannelWithoutBaselineSpendScalesLinearlyWhateverTheExponent() {
        ChannelBaseline organic = new ChannelBaseline("organic", 0, 800, 0.2, 0.1, 10_000);
        ChannelPlan p = BudgetPlanner.channel(organic, 40_000, settings(0.7));
        assertThat(p.cpl().value()).isEqualTo(800);
        assertThat(p.leads().value()).isEqualTo(50);
    }

    @Test
    void zeroSpendBuysNoLeadsAndHasNoCplOrCac() {
        ChannelPlan p = BudgetPlanner.channel(A, 0, settings(0.5));
        assertThat(p.leads().value()).isZero();
        assertThat(p.customers().value()).isZero();
        assertThat(p.cpl().reason()).isEqualTo(UndefinedReason.ZERO_SPEND);
        assertThat(p.cac().reason()).isEqualTo(UndefinedReason.NO_CUSTOMERS);
        assertThat(p.ltvToCac().reason()).isEqualTo(UndefinedReason.NO_CUSTOMERS);
        ChannelPlan none = BudgetPlanner.plan(List.of(A), new double[] {0}, settings(0)).total();
        assertThat(none.cpl().reason()).isEqualTo(UndefinedReason.NO_LEADS);
    }

    @Test
    void aFreeChannelWithSpendWouldBuyUnlimitedLeadsSoItsLeadsAndTheTotalsAreUndefined() {
        ChannelBaseline free = new ChannelBaseline("free", 10_000, 0, 0.2, 0.1, 10_000);
        Plan plan = BudgetPlanner.plan(List.of(A, free), new double[] {100_000, 5_000}, settings(0));
        assertThat(plan.channels().get(1).leads().reason()).isEqualTo(UndefinedReason.ZERO_CPL);
        assertThat(plan.channels().get(0).leads().value()).isEqualTo(100);
        assertThat(plan.total().leads().reason()).isEqualTo(UndefinedReason.ZERO_CPL);
        assertThat(plan.total().cac().reason()).isEqualTo(UndefinedReason.ZERO_CPL);
        assertThat(plan.total().spend()).isEqualTo(105_000);
    }

    @Test
    void aChannelThatNeverConvertsHasUndefinedCac() {
        ChannelBaseline cold = new ChannelBaseline("cold", 10_000, 100, 0.9, 0, 10_000);
        ChannelPlan p = BudgetPlanner.channel(cold, 10_000, settings(0));
        assertThat(p.leads().value()).isEqualTo(100);
        assertThat(p.cac().reason()).isEqualTo(UndefinedReason.NO_CUSTOMERS);
    }

    @Test
    void budgetIsSplitByNormalisedShares() {
        assertThat(BudgetPlanner.spendsFromBudget(1_000_000, new double[] {1, 3})).containsExactly(250_000, 750_000);
        assertThat(BudgetPlanner.spendsFromBudget(900, new double[] {0.2, 0.2, 0.2}))
                .containsExactly(new double[] {300, 300, 300}, within(1e-9));
        assertThatThrownBy(() -> BudgetPlanner.spendsFromBudget(100, new double[] {0, 0}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BudgetPlanner.spendsFromBudget(100, new double[] {1, -1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BudgetPlanner.channel(A, -1, settings(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void totalIsAlwaysTheSumOfTheChannels() {
        Random random = new Random(41);
        for (int run = 0; run < 300; run++) {
            List<ChannelBaseline> channels = randomChannels(random, 1 + random.nextInt(10));
            double[] spends = new double[channels.size()];
            for (int i = 0; i < spends.length; i++) {
                spends[i] = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 1e6;
            }
            Plan plan = BudgetPlanner.plan(channels, spends, settings(random.nextDouble()));
            double spend = 0;
            double leads = 0;
            double target = 0;
            double customers = 0;
            double revenue = 0;
            double hours = 0;
            for (ChannelPlan c : plan.channels()) {
                spend += c.spend();
                leads += c.leads().value();
                target += c.targetLeads().value();
                customers += c.customers().value();
                revenue += c.revenue().value();
                hours += c.wastedHours().value();
            }
            ChannelPlan t = plan.total();
            assertThat(t.spend()).isCloseTo(spend, within(1e-6));
            assertThat(t.leads().value()).isCloseTo(leads, within(1e-6));
            assertThat(t.targetLeads().value()).isCloseTo(target, within(1e-6));
            assertThat(t.customers().value()).isCloseTo(customers, within(1e-6));
            assertThat(t.revenue().value()).isCloseTo(revenue, within(1e-3));
            assertThat(t.wastedHours().value()).isCloseTo(hours, within(1e-6));
            if (customers > 0) {
                assertThat(t.cac().value()).isCloseTo(spend / customers, within(1e-6 * (1 + spend / customers)));
            }
        }
    }

    @Test
    void withALinearCurveDoublingSpendDoublesLeads() {
        Random random = new Random(42);
        for (ChannelBaseline c : randomChannels(random, 300)) {
            double s = 1 + random.nextDouble() * 1e6;
            double once = BudgetPlanner.channel(c, s, settings(0)).leads().value();
            double twice = BudgetPlanner.channel(c, 2 * s, settings(0)).leads().value();
            assertThat(twice).isCloseTo(2 * once, within(1e-9 * Math.max(1, once)));
        }
    }

    @Test
    void withDiminishingReturnsLeadsGrowLessThanSpend() {
        Random random = new Random(43);
        for (ChannelBaseline c : randomChannels(random, 300)) {
            double e = 0.01 + random.nextDouble() * 0.98;
            double s = 1 + random.nextDouble() * 1e6;
            double k = 1.01 + random.nextDouble() * 4;
            double once = BudgetPlanner.channel(c, s, settings(e)).leads().value();
            double more = BudgetPlanner.channel(c, k * s, settings(e)).leads().value();
            assertThat(more).as("e=%s k=%s", e, k).isLessThan(k * once).isGreaterThan(once);
        }
    }

    private static List<ChannelBaseline> randomChannels(Random r, int n) {
        List<ChannelBaseline> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ChannelBaseline("c" + i, 1 + r.nextDouble() * 1e6, 10 + r.nextDouble() * 10_000,
                    r.nextDouble(), r.nextDouble() * 0.2, r.nextDouble() * 1e6));
        }
        return out;
    }

    @Test
    void theModelHasOneSpendSliderPerChannelAndReturnsTheTotals() {
        BudgetPlannerModel model = new BudgetPlannerModel(List.of(A, B), 15, 500_000);
        assertThat(model.parameters()).extracting(Parameter::id).containsExactly("spend.A", "spend.B", "exponent");
        double[] base = model.baselineInputs(0);
        assertThat(base).containsExactly(100_000, 50_000, 0);
        MetricValue[] out = model.evaluate(base);
        assertThat(out).hasSameSizeAs(model.outputs());
        assertThat(out[model.outputIndex("leads")].value()).isCloseTo(120, within(1e-9));
        assertThat(out[model.outputIndex("ltvToCac")].value()).isCloseTo(18, within(1e-9));
        assertThat(out[model.outputIndex("spend")].value()).isEqualTo(150_000);
        assertThat(model.plan(base).channels()).hasSize(2);
    }

    @Test
    void aChannelsLtvToCacUsesItsOwnClvFactor() {
        // CLV per customer 300,000; a channel whose customers are worth 1.5 × that: 450,000 ÷ CAC 100,000 = 4.5
        BudgetPlanner.ChannelBaseline b = new BudgetPlanner.ChannelBaseline("A", 100_000, 1_000, 0, 0.01, 100_000,
                org.funnellab.domain.MetricValue.of(1.5));
        BudgetPlanner.ChannelPlan p = BudgetPlanner.channel(b, 100_000, new BudgetPlanner.Settings(0, 15, 300_000));
        assertThat(p.cac().value()).isCloseTo(100_000, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(p.ltvToCac().value()).isCloseTo(4.5, org.assertj.core.data.Offset.offset(1e-12));
        BudgetPlanner.ChannelPlan unknown = BudgetPlanner.channel(b.withClvFactor(
                org.funnellab.domain.MetricValue.undefined(org.funnellab.domain.UndefinedReason.NO_DEAL_VALUES)),
                100_000, new BudgetPlanner.Settings(0, 15, 300_000));
        assertThat(unknown.ltvToCac().reason()).isEqualTo(org.funnellab.domain.UndefinedReason.NO_DEAL_VALUES);
    }
}
