package org.funnellab.ui.whatif;

import org.funnellab.calc.OutputSpec;
import org.funnellab.calc.Parameter;
import org.funnellab.calc.WhatIfModel;
import org.funnellab.domain.MetricValue;

import java.util.ArrayList;
import java.util.List;

/** A model whose parameter ranges are the panel's current slider ranges; formulas and outputs are the model's own. */
final class RangedModel implements WhatIfModel {
    private final WhatIfModel model;
    private final List<InputViewModel> inputs;

    RangedModel(WhatIfModel model, List<InputViewModel> inputs) {
        this.model = model;
        this.inputs = inputs;
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
