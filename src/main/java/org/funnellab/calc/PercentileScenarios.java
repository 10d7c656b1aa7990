package org.funnellab.calc;

import org.funnellab.domain.MetricValue;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Scenarios at chosen percentiles of a Monte Carlo run: for each target value (e.g. P10, P50, P90 of the output),
 * the draw whose output is closest to it, with the inputs that produced it. The draws are made exactly as
 * {@link MonteCarlo#run} makes them (same seed, same order), so the picks belong to the run the user saw.
 * Ties go to the earliest draw.
 */
public final class PercentileScenarios {
    /** The draw closest to one target: its inputs (one per parameter) and its output. */
    public record Pick(double target, double output, double[] inputs) {
    }

    private PercentileScenarios() {
    }

    public static Pick[] nearest(WhatIfModel model, double[] base, Triangular[] uncertain, int outputIndex, int draws,
                                 long seed, double[] targets) {
        List<Parameter> ps = model.parameters();
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = base.clone();
        Pick[] best = new Pick[targets.length];
        double[] distance = new double[targets.length];
        java.util.Arrays.fill(distance, Double.POSITIVE_INFINITY);
        for (int d = 0; d < draws; d++) {
            for (int i = 0; i < x.length; i++) {
                Triangular t = uncertain[i];
                if (t != null) {
                    x[i] = ps.get(i).clamp(t.quantile(random.nextDouble()));
                }
            }
            MetricValue y = model.evaluate(x)[outputIndex];
            if (!y.isDefined()) {
                continue;
            }
            for (int k = 0; k < targets.length; k++) {
                double dist = Math.abs(y.value() - targets[k]);
                if (dist < distance[k]) {
                    distance[k] = dist;
                    best[k] = new Pick(targets[k], y.value(), x.clone());
                }
            }
        }
        return best;
    }
}
