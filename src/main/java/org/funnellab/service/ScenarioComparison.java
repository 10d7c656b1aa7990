package org.funnellab.service;

import org.funnellab.calc.OutputSpec;
import org.funnellab.calc.Parameter;
import org.funnellab.calc.Unit;
import org.funnellab.domain.MetricValue;
import org.funnellab.domain.UndefinedReason;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two to four scenarios side by side: every panel's inputs and outputs for each, beside the baseline (the data with
 * no override, for the first scenario's filters), with each scenario's difference from the baseline in absolute
 * terms and in percent.
 *
 * @param base        the baseline's panels
 * @param evaluations each scenario's panels, in the order of {@code scenarios}
 */
public record ScenarioComparison(List<Scenario> scenarios, Map<String, PanelEvaluation> base,
                                 List<Map<String, PanelEvaluation>> evaluations) {
    public static final int MIN = 2;
    public static final int MAX = 4;

    /** Whether a row is a panel's input or one of its outputs. */
    public enum Kind { INPUT, OUTPUT }

    /**
     * One line of the comparison table.
     *
     * @param values     one per scenario; undefined where the scenario's panel has no such input
     * @param overridden one per scenario: the scenario sets this input itself
     * @param deltas     value − base, one per scenario
     * @param percents   (value − base) ÷ |base| as a fraction, one per scenario; undefined when the base is 0
     */
    public record Row(String panel, Kind kind, String id, Unit unit, boolean headline, MetricValue base,
                      List<MetricValue> values, List<Boolean> overridden, List<MetricValue> deltas,
                      List<MetricValue> percents) {
        /** True when some scenario differs from the base in this row. */
        public boolean differs() {
            for (MetricValue d : deltas) {
                if (!d.isDefined() || d.value() != 0) {
                    return true;
                }
            }
            return false;
        }
    }

    public ScenarioComparison {
        if (scenarios.size() < MIN || scenarios.size() > MAX) {
            throw new IllegalArgumentException("compare " + MIN + " to " + MAX + " scenarios, not " + scenarios.size());
        }
        scenarios = List.copyOf(scenarios);
        evaluations = List.copyOf(evaluations);
    }

    /** Every row: per panel, its inputs then its outputs. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String panel : ScenarioEvaluator.PANELS) {
            PanelEvaluation b = base.get(panel);
            Map<String, Unit> inputs = new LinkedHashMap<>();
            for (Parameter p : b.parameters()) {
                inputs.put(p.id(), p.unit());
            }
            for (Map<String, PanelEvaluation> e : evaluations) {
                e.get(panel).parameters().forEach(p -> inputs.putIfAbsent(p.id(), p.unit()));
            }
            inputs.forEach((id, unit) -> rows.add(inputRow(panel, id, unit)));
            for (OutputSpec o : b.outputSpecs()) {
                rows.add(outputRow(panel, o));
            }
        }
        return rows;
    }

    /** Only the rows where some scenario differs from the baseline, and every headline output. */
    public List<Row> changedRows() {
        return rows().stream().filter(r -> r.headline() || r.differs()).toList();
    }

    private Row inputRow(String panel, String id, Unit unit) {
        Double bv = base.get(panel).value(id);
        MetricValue b = bv == null ? MetricValue.undefined(UndefinedReason.NO_LEADS) : MetricValue.of(bv);
        List<MetricValue> values = new ArrayList<>();
        List<Boolean> overridden = new ArrayList<>();
        for (Map<String, PanelEvaluation> e : evaluations) {
            PanelEvaluation pe = e.get(panel);
            Double v = pe.value(id);
            values.add(v == null ? MetricValue.undefined(UndefinedReason.NO_LEADS) : MetricValue.of(v));
            int i = ScenarioEvaluator.indexOf(pe.model(), id);
            overridden.add(i >= 0 && pe.overridden()[i]);
        }
        return row(panel, Kind.INPUT, id, unit, false, b, values, overridden);
    }

    private Row outputRow(String panel, OutputSpec o) {
        MetricValue b = base.get(panel).baselineOutput(o.id());
        List<MetricValue> values = new ArrayList<>();
        List<Boolean> overridden = new ArrayList<>();
        for (Map<String, PanelEvaluation> e : evaluations) {
            values.add(e.get(panel).output(o.id()));
            overridden.add(false);
        }
        return row(panel, Kind.OUTPUT, o.id(), o.unit(), o.id().equals(base.get(panel).headlineOutput()), b, values,
                overridden);
    }

    private static Row row(String panel, Kind kind, String id, Unit unit, boolean headline, MetricValue b,
                           List<MetricValue> values, List<Boolean> overridden) {
        List<MetricValue> deltas = new ArrayList<>();
        List<MetricValue> percents = new ArrayList<>();
        for (MetricValue v : values) {
            MetricValue d = delta(v, b);
            deltas.add(d);
            percents.add(percent(d, b));
        }
        return new Row(panel, kind, id, unit, headline, b, List.copyOf(values), List.copyOf(overridden),
                List.copyOf(deltas), List.copyOf(percents));
    }

    /** value − base; undefined (with the first undefined side's reason) when either is. */
    public static MetricValue delta(MetricValue value, MetricValue base) {
        if (!value.isDefined()) {
            return value;
        }
        if (!base.isDefined()) {
            return base;
        }
        return MetricValue.of(value.value() - base.value());
    }

    /** delta ÷ |base|; undefined when the base is 0 or either is undefined. */
    public static MetricValue percent(MetricValue delta, MetricValue base) {
        if (!delta.isDefined()) {
            return delta;
        }
        if (!base.isDefined()) {
            return base;
        }
        if (base.value() == 0) {
            return delta.value() == 0 ? MetricValue.of(0) : MetricValue.undefined(UndefinedReason.ZERO_BASELINE);
        }
        return MetricValue.of(delta.value() / Math.abs(base.value()));
    }

    /** The headline output of each panel, in panel order (what the grouped bar charts show). */
    public List<Row> headlines() {
        return rows().stream().filter(Row::headline).toList();
    }
}
