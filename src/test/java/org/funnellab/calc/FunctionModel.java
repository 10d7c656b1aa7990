package org.funnellab.calc;

import org.funnellab.domain.MetricValue;

import java.util.List;
import java.util.function.DoubleFunction;

/** A one-input, one-output model over [min, max] for testing the tools on shapes the panels do not have. */
final class FunctionModel implements WhatIfModel {
    private final List<Parameter> parameters;
    private final DoubleFunction<MetricValue> f;

    FunctionModel(double min, double max, DoubleFunction<MetricValue> f) {
        this.parameters = List.of(new Parameter("x", Unit.COUNT, min, max, false));
        this.f = f;
    }

    @Override
    public String id() {
        return "function";
    }

    @Override
    public List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public List<OutputSpec> outputs() {
        return List.of(new OutputSpec("y", Unit.COUNT));
    }

    @Override
    public MetricValue[] evaluate(double[] inputs) {
        return new MetricValue[] {f.apply(inputs[0])};
    }
}
