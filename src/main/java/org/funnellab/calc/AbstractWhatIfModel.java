package org.funnellab.calc;

import java.util.List;
import java.util.Objects;

/** What every what-if model shares: its id, its parameters (slider ranges sized from a baseline) and outputs. */
public abstract class AbstractWhatIfModel implements WhatIfModel {
    private final String id;
    private final List<OutputSpec> outputs;
    private final List<Parameter> parameters;

    protected AbstractWhatIfModel(String id, List<OutputSpec> outputs, List<Parameter> parameters) {
        this.id = Objects.requireNonNull(id, "id");
        this.outputs = List.copyOf(outputs);
        this.parameters = List.copyOf(parameters);
    }

    /** A slider maximum that always holds the baseline with room to grow: max(floor, ⌈3 × baseline⌉). */
    protected static double roomAbove(double baseline, double floor) {
        return Math.max(floor, Math.ceil(baseline * 3));
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<Parameter> parameters() {
        return parameters;
    }

    @Override
    public final List<OutputSpec> outputs() {
        return outputs;
    }
}
