package org.funnellab.calc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** P10 / P50 / P90 scenarios are real draws of the run the user saw, with the inputs that produced them. */
class PercentileScenariosTest {
    @Test
    void eachPickIsTheDrawOfTheSameRunClosestToItsPercentile() {
        PipelineVelocityModel model = new PipelineVelocityModel(PipelineVelocityModel.example());
        double[] base = PipelineVelocityModel.example().toArray();
        Triangular[] uncertain = {new Triangular(30, 50, 80), null, new Triangular(0.15, 0.25, 0.35), null};
        int out = model.outputIndex("revenueMonth");
        MonteCarlo.Result run = MonteCarlo.run(model, base, uncertain, out, 5_000, 42, 20);
        double[] targets = {run.p10().value(), run.p50().value(), run.p90().value()};

        PercentileScenarios.Pick[] picks = PercentileScenarios.nearest(model, base, uncertain, out, 5_000, 42, targets);

        for (int k = 0; k < 3; k++) {
            double best = Double.POSITIVE_INFINITY;
            double nearest = Double.NaN;
            for (double s : run.samples()) {
                if (Math.abs(s - targets[k]) < best) {
                    best = Math.abs(s - targets[k]);
                    nearest = s;
                }
            }
            assertThat(picks[k].output()).as("pick %d is a sample of the run", k).isEqualTo(nearest);
            assertThat(model.evaluate(picks[k].inputs())[out].value()).as("its inputs give its output")
                    .isEqualTo(picks[k].output());
            assertThat(picks[k].inputs()[1]).as("inputs without a range stay at base").isEqualTo(base[1]);
        }
        assertThat(picks[0].output()).isLessThan(picks[1].output());
        assertThat(picks[1].output()).isLessThan(picks[2].output());
    }
}
