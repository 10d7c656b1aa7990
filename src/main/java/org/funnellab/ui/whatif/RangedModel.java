package org.funnellab.ui.whatif;

import org.funnellab.calc.OutputSpec;
import org.funnellab.calc.Parameter;
import org.funnellab.calc.WhatIfModel;
import org.funnellab.domain.MetricValue;

import java.util.ArrayList;
import java.util.List;

/**
 * A model whose parameter ranges are the panel's current slider ranges; formulas and outputs are the model's own.
 * It reads the sliders' properties, so only the FX thread may use it; work on another thread takes a
 * {@link #snapshot()}.
 */
final class RangedModel implements WhatIfModel {
    private final WhatIfModel model;
    private final List<InputViewModel> inputs;

    RangedModel(WhatIfModel model, List<InputViewModel> inputs) {
        this.model = model;
        this.inputs = inputs;
    }

    /**
     * The model with the ranges the sliders have now, detached from them: immutable, safe on any thread, and not
     * affected by a slider moved after it was taken. Take it on the FX thread.
     */
    WhatIfModel snapshot() {
        return new Snapshot(model, List.copyOf(parameters()));
    }

    /** The formulas of a model with parameter ranges fixed when the snapshot was taken. */
    private record Snapshot(WhatIfModel model, List<Parameter> parameters) implements WhatIfModel {
        @Override
        public String id() {
            return model.id();
        }

        @Override
        public List<OutputSpec> outputs() {
            return model.outputs();
        }

        @Override
        public String headlineOutput() {
            return model.headlineOutput();
        }

        @Override
        public MetricValue[] evaluate(double[] values) {
            return model.evaluate(values);
        }
    }

    @Override
    public String id() {
        return model.id();
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> ps = new ArrayList<>(inputs.size());
        for (InputViewModel in : inputs) {
            Parameter p = in.parameter();
            ps.add(new Parameter(p.id(), p.unit(), in.minProperty().get(), in.maxProperty().get(), p.assumption()));
        }
        return ps;
    }

    @Override
    public List<OutputSpec> outputs() {
        return model.outputs();
    }

    @Override
    public String headlineOutput() {
        return model.headlineOutput();
    }

    @Override
    public MetricValue[] evaluate(double[] values) {
        return model.evaluate(values);
    }
}
