package org.funnellab.calc;

import org.funnellab.domain.MetricValue;

import java.util.List;

/**
 * A what-if panel's model seen as numbers in, numbers out: what goal seek, sensitivity and Monte Carlo work on.
 * {@link #evaluate(double[])} must be pure, allocation-light and fast (it runs on every slider tick and
 * thousands of times per Monte Carlo run).
 */
public interface WhatIfModel {
    /** Stable model id, e.g. {@code nonTarget}; translation keys are {@code <id>.param.<paramId>}. */
    String id();

    List<Parameter> parameters();

    List<OutputSpec> outputs();

    /** Outputs in the order of {@link #outputs()}; a zero denominator gives an undefined value, never NaN. */
    MetricValue[] evaluate(double[] inputs);

    /** The output a panel is about, which tools start from (goal seek, sensitivity, uncertainty). */
    default String headlineOutput() {
        return outputs().get(0).id();
    }

    default int parameterIndex(String parameterId) {
        List<Parameter> ps = parameters();
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).id().equals(parameterId)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id() + " has no parameter " + parameterId);
    }

    default int outputIndex(String outputId) {
        List<OutputSpec> os = outputs();
        for (int i = 0; i < os.size(); i++) {
            if (os.get(i).id().equals(outputId)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id() + " has no output " + outputId);
    }
}
