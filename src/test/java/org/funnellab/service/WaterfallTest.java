package org.funnellab.service;

import org.funnellab.calc.BudgetPlanner;
import org.funnellab.calc.BudgetPlannerModel;
import org.funnellab.calc.CacClvModel;
import org.funnellab.calc.NonTargetCostModel;
import org.funnellab.calc.Parameter;
import org.funnellab.calc.PipelineVelocityModel;
import org.funnellab.calc.OutputSpec;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** "Why B differs from A" over the real panel models. */
class WaterfallTest {
    private static final ScenarioEvaluator EVALUATOR = new ScenarioEvaluator(ScenarioEvaluator.Assumptions.DEFAULTS);

    private static ScenarioEvaluator.PanelBase base(String panel) {
        if (panel.equals(BudgetPlannerModel.ID)) {
            return ScenarioEvaluator.plannerBase(List.of(
                    new BudgetPlanner.ChannelBaseline("A", 100_000, 2_000, 0.4, 0.03, 150_000),
                    new BudgetPlanner.ChannelBaseline("B", 50_000, 1_000, 0.2, 0.05, 200_000)), 15, 300_000);
        }
        return EVALUATOR.base(panel, null);
    }

    /**
     * Pipeline velocity, revenue per day = opportunities × deal × win rate ÷ cycle days. A: 50 × 200,000 × 0.25 ÷ 60
     * = 41,666.67; B sets opportunities 100 and win rate 0.5: 100 × 200,000 × 0.5 ÷ 60 = 166,666.67. Difference
     * 125,000. Shapley: opportunities ½(83,333.33 − 41,666.67) + ½(166,666.67 − 83,333.33) = 20,833.33 + 41,666.67
     * = 62,500; win rate the same, 62,500 (the two play symmetric roles: each doubles).
     */
    @Test
    void handWorkedVelocitySplitsTheDifferenceBetweenTwoDoublings() {
        ScenarioEvaluator.PanelBase b = new ScenarioEvaluator.PanelBase(
                new PipelineVelocityModel(new PipelineVelocityModel.Inputs(50, 200_000, 0.25, 60)),
                new double[] {50, 200_000, 0.25, 60});
        PanelEvaluation a = ScenarioEvaluator.evaluate(PipelineVelocityModel.ID, b, Map.of());
        PanelEvaluation bb = ScenarioEvaluator.evaluate(PipelineVelocityModel.ID, b,
                Map.of("opportunities", 100.0, "winRate", 0.5));
        Waterfall w = Waterfall.of(PipelineVelocityModel.ID, "revenueDay", a, bb, true);
        assertThat(w.undefined()).isNull();
        assertThat(w.steps()).hasSize(2);
        assertThat(w.total().doubleValue()).isCloseTo(125_000, within(1e-6));
        for (Waterfall.Step st : w.steps()) {
            assertThat(st.contribution().doubleValue()).isCloseTo(62_500, within(1e-6));
        }
        assertThat(w.sum()).isEqualByComparingTo(w.total());
    }

    /** 240 seeded random pairs of scenarios over the four panels: the bars always add up exactly to B − A. */
    @Test
    void contributionsSumExactlyToTheDifferenceForRandomScenarios() {
        SplittableRandom rnd = new SplittableRandom(7L);
        int checked = 0;
        for (int c = 0; c < 240; c++) {
            String panel = ScenarioEvaluator.PANELS.get(c % 4);
            ScenarioEvaluator.PanelBase base = base(panel);
            PanelEvaluation a = ScenarioEvaluator.evaluate(panel, base, randomOverrides(base, rnd));
            PanelEvaluation b = ScenarioEvaluator.evaluate(panel, base, randomOverrides(base, rnd));
            List<OutputSpec> outs = base.model().outputs();
            String output = outs.get(rnd.nextInt(outs.size())).id();
            Waterfall w = Waterfall.of(panel, output, a, b, true);
            if (w.undefined() != null) {
                continue;
            }
            checked++;
            BigDecimal exact = new BigDecimal(b.output(output).value()).subtract(new BigDecimal(a.output(output).value()));
            assertThat(w.total()).as("case %d", c).isEqualByComparingTo(exact);
            assertThat(w.sum()).as("case %d", c).isEqualByComparingTo(exact);
            double scale = Math.max(1, Math.abs(exact.doubleValue()));
            double plainSum = w.steps().stream().mapToDouble(s -> s.contribution().doubleValue()).sum();
            assertThat(Math.abs(plainSum - exact.doubleValue()) / scale).as("only rounding is adjusted")
                    .isLessThan(1e-9);
        }
        assertThat(checked).isGreaterThanOrEqualTo(200);
    }

    private static Map<String, Double> randomOverrides(ScenarioEvaluator.PanelBase base, SplittableRandom rnd) {
        Map<String, Double> o = new HashMap<>();
        List<Parameter> ps = base.model().parameters();
        for (int i = 0; i < ps.size(); i++) {
            if (rnd.nextInt(3) == 0) {
                Parameter p = ps.get(i);
                double lo = Math.max(p.min(), p.unit() == org.funnellab.calc.Unit.DAYS ? 1 : 0.01);
                o.put(p.id(), lo + rnd.nextDouble() * (p.max() - lo));
            }
        }
        return o;
    }

    @Test
    void differentFiltersAddTheDataAsAContributor() {
        ScenarioEvaluator.PanelBase b1 = new ScenarioEvaluator.PanelBase(
                new PipelineVelocityModel(new PipelineVelocityModel.Inputs(50, 200_000, 0.25, 60)),
                new double[] {50, 200_000, 0.25, 60});
        ScenarioEvaluator.PanelBase b2 = new ScenarioEvaluator.PanelBase(
                new PipelineVelocityModel(new PipelineVelocityModel.Inputs(80, 150_000, 0.25, 60)),
                new double[] {80, 150_000, 0.25, 60});
        PanelEvaluation a = ScenarioEvaluator.evaluate(PipelineVelocityModel.ID, b1, Map.of("winRate", 0.3));
        PanelEvaluation b = ScenarioEvaluator.evaluate(PipelineVelocityModel.ID, b2, Map.of("winRate", 0.3));
        Waterfall w = Waterfall.of(PipelineVelocityModel.ID, "revenueMonth", a, b, false);
        assertThat(w.steps()).extracting(Waterfall.Step::input).containsExactly(Waterfall.DATA);
        assertThat(w.sum()).isEqualByComparingTo(w.total());
        // 80 × 150,000 × 0.3 ÷ 60 − 50 × 200,000 × 0.3 ÷ 60 = 60,000 − 50,000 = 10,000 per day
        assertThat(w.total().doubleValue() / 30.4375).isCloseTo(10_000, within(1e-6));
    }

    @Test
    void anUndefinedOutputSaysWhyThereIsNoSplit() {
        ScenarioEvaluator.PanelBase b = EVALUATOR.base(CacClvModel.ID, null);
        PanelEvaluation a = ScenarioEvaluator.evaluate(CacClvModel.ID, b, Map.of());
        PanelEvaluation none = ScenarioEvaluator.evaluate(CacClvModel.ID, b, Map.of("leadsPerMonth", 0.0));
        Waterfall w = Waterfall.of(CacClvModel.ID, "cac", a, none, true);
        assertThat(w.undefined()).isNotNull();
        assertThat(w.steps()).isEmpty();
        assertThat(NonTargetCostModel.ID).isEqualTo("nonTarget");
    }
}
