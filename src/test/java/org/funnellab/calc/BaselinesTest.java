package org.funnellab.calc;

import org.funnellab.calc.Baselines.Baseline;
import org.funnellab.domain.CostCategory;
import org.funnellab.domain.FunnelFacts;
import org.funnellab.domain.UndefinedReason;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.funnellab.calc.Facts.facts;

class BaselinesTest {
    private static final Set<CostCategory> ALL = EnumSet.allOf(CostCategory.class);

    /*
     * Two months: 2000 leads (600 target, 400 non-target), 40 won of 40 + 60 closed at the opportunity stage,
     * 25 open; 40 deals summing 8,000,000; 40 cycles summing 2,400 days; costs 400,000 media + 200,000 salaries.
     * → 1000 leads/month, share 400 ÷ 1000 = 0.4, CPL 600,000 ÷ 2000 = 300, won revenue 4,000,000/month,
     *   conversion 40 ÷ 2000 = 0.02, deal 200,000, win rate 0.4, cycle 60 days, spend 200,000 + 100,000 per month.
     */
    private static FunnelFacts twoMonths() {
        return facts().months(2).leads(2000).target(600, 400, 1000).status(40, 1500, 460).opportunities(40, 60, 25)
                .deals(40, "8000000", "150000").cycle(40, 2400, 55.0)
                .cost(CostCategory.PAID_MEDIA, "400000").cost(CostCategory.SALES_SALARIES, "200000").build();
    }

    @Test
    void nonTargetBaselineTakesMeasuredValuesFromDataAndTheRestFromAssumptions() {
        Baseline<NonTargetCostModel.Inputs> b = Baselines.nonTargetCost(twoMonths(), ALL,
                NonTargetCostModel.Inputs.articleExample());
        assertThat(b.inputs()).isEqualTo(new NonTargetCostModel.Inputs(1000, 0.4, 15, 2, 100_000, 160, 1, 0, 300,
                4_000_000));
        assertThat(b.unmeasured()).isEmpty();
    }

    @Test
    void cacClvAndVelocityBaselinesFollowTheWorkedSlice() {
        CacClvModel.Inputs cac = Baselines.cacClv(twoMonths(), ALL, CacClvModel.example()).inputs();
        assertThat(cac.toArray()).containsExactly(new double[] {200_000, 0, 0, 100_000, 1000, 0.02, 200_000, 2, 3,
                0.4}, within(1e-12));
        PipelineVelocityModel.Inputs v = Baselines.pipelineVelocity(twoMonths(), PipelineVelocityModel.example())
                .inputs();
        assertThat(v).isEqualTo(new PipelineVelocityModel.Inputs(25, 200_000, 0.4, 60));
    }

    @Test
    void unmeasurableValuesFallBackAndSayWhy() {
        FunnelFacts empty = FunnelFacts.empty(3);
        Baseline<PipelineVelocityModel.Inputs> v = Baselines.pipelineVelocity(empty, PipelineVelocityModel.example());
        assertThat(v.inputs()).isEqualTo(new PipelineVelocityModel.Inputs(0, 200_000, 0.25, 60));
        assertThat(v.unmeasured()).containsEntry("averageDeal", UndefinedReason.NO_DEAL_VALUES)
                .containsEntry("winRate", UndefinedReason.NO_CLOSED_OPPORTUNITIES)
                .containsEntry("cycleDays", UndefinedReason.NO_CLOSED_DATES);
        Baseline<NonTargetCostModel.Inputs> n = Baselines.nonTargetCost(empty, ALL,
                NonTargetCostModel.Inputs.articleExample());
        assertThat(n.unmeasured()).containsOnlyKeys("nonTargetShare", "costPerLead");
        FunnelFacts sameDay = facts().opportunities(1, 0, 3).deals(1, "10", null).cycle(1, 0, 0.0).build();
        assertThat(Baselines.pipelineVelocity(sameDay, PipelineVelocityModel.example()).unmeasured())
                .containsEntry("cycleDays", UndefinedReason.ZERO_SALES_CYCLE);
    }

    @Test
    void aChannelBaselineIsMonthlySpendAndItsRates() {
        Baseline<BudgetPlanner.ChannelBaseline> c = Baselines.channel("vk", twoMonths(),
                EnumSet.of(CostCategory.PAID_MEDIA));
        // 400,000 ÷ 2 months; CPL 400,000 ÷ 2000
        assertThat(c.inputs()).isEqualTo(new BudgetPlanner.ChannelBaseline("vk", 200_000, 200, 0.4, 0.02, 200_000));
        Baseline<BudgetPlanner.ChannelBaseline> none = Baselines.channel("new", FunnelFacts.empty(1), ALL);
        assertThat(none.unmeasured()).containsOnlyKeys("cpl", "nonTargetShare", "leadToCustomer", "averageDeal");
    }
}
