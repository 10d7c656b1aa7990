package org.funnellab.service;

import org.funnellab.calc.OutputSpec;
import org.funnellab.calc.Parameter;
import org.funnellab.calc.WhatIfModel;
import org.funnellab.domain.MetricValue;

import java.util.List;
import java.util.Map;

/**
 * One panel of a scenario, evaluated: each input's baseline (measured from the scenario's filters today) and value
 * (the override, or the baseline), which inputs are overridden, overrides the panel no longer has an input for
 * (a channel that left the data), and the outputs at the baseline and at the scenario's values.
 */
public record PanelEvaluation(String panel, WhatIfModel model, double[] baseline, double[] values,
                              boolean[] overridden, Map<String, Double> missing, MetricValue[] baselineOutputs,
                              MetricValue[] outputs) {
    public List<Parameter> parameters() {
        return model.parameters();
    }

    public List<OutputSpec> outputSpecs() {
        return model.outputs();
    }

    public String headlineOutput() {
        return model.headlineOutput();
    }

    public MetricValue output(String id) {
        return outputs[model.outputIndex(id)];
    }

    public MetricValue baselineOutput(String id) {
        return baselineOutputs[model.outputIndex(id)];
    }

    /** The value of an input by id, or null when the panel has no such input. */
    public Double value(String input) {
        for (int i = 0; i < values.length; i++) {
            if (model.parameters().get(i).id().equals(input)) {
                return values[i];
            }
        }
        return null;
    }
}
