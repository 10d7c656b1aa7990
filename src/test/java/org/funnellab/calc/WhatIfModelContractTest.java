package org.funnellab.calc;

import org.funnellab.domain.MetricValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every panel model promises goal seek, sensitivity and Monte Carlo: the calculators' models, and the planner
 * model the budget planner screen actually uses ({@link PlannerWithSettingsModel}, the planner with its two settings
 * as inputs), with both a measured baseline and a data set with empty channels.
 */
class WhatIfModelContractTest {

    static Stream<WhatIfModel> models() {
        List<BudgetPlanner.ChannelBaseline> channels = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            channels.add(new BudgetPlanner.ChannelBaseline("ch" + i, 50_000 * (i + 1), 500 + 300 * i, 0.1 * i,
                    0.01 + 0.005 * i, 100_000 + 50_000 * i));
        }
        List<BudgetPlanner.ChannelBaseline> empty = List.of(
                new BudgetPlanner.ChannelBaseline("none", 0, 0, 0, 0, 0),
                new BudgetPlanner.ChannelBaseline("spendOnly", 80_000, 0, 0, 0, 0));
        return Stream.of(new NonTargetCostModel(), new CacClvModel(), new PipelineVelocityModel(),
                new BudgetPlannerModel(channels, 15, 600_000),
                new PlannerWithSettingsModel(channels, 15, 600_000),
                new PlannerWithSettingsModel(empty, 0, 0));
    }

    @ParameterizedTest
    @MethodSource("models")
    void idsAreUniqueAndEveryOutputIsListed(WhatIfModel model) {
        Set<String> ids = new HashSet<>();
        model.parameters().forEach(p -> assertThat(ids.add(p.id())).as(p.id()).isTrue());
        Set<String> outs = new HashSet<>();
        model.outputs().forEach(o -> assertThat(outs.add(o.id())).as(o.id()).isTrue());
    }

    @ParameterizedTest
    @MethodSource("models")
    void theHeadlineIsOneOfTheOutputs(WhatIfModel model) {
        assertThat(model.outputs()).extracting(OutputSpec::id).contains(model.headlineOutput());
        assertThat(model.outputIndex(model.headlineOutput())).isBetween(0, model.outputs().size() - 1);
    }

    @ParameterizedTest
    @MethodSource("models")
    void anyInputsWithinTheSlidersGiveValuesOrReasonsButNeverThrow(WhatIfModel model) {
        Random random = new Random(81);
        int n = model.parameters().size();
        for (int run = 0; run < 500; run++) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                Parameter p = model.parameters().get(i);
                // a quarter of the draws sit on an end of the range, where denominators vanish
                x[i] = switch (random.nextInt(8)) {
                    case 0 -> p.min();
                    case 1 -> p.max();
                    default -> p.min() + random.nextDouble() * (p.max() - p.min());
                };
            }
            double[] given = x.clone();
            // a NaN or infinity anywhere would throw inside MetricValue.of
            MetricValue[] out = model.evaluate(x);
            assertThat(out).hasSize(model.outputs().size()).doesNotContainNull();
            assertThat(x).as("the inputs are left as given").containsExactly(given);
            assertThat(model.evaluate(x)).as("the same inputs give the same outputs").containsExactly(out);
        }
    }
}
