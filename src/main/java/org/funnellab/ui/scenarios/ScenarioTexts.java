package org.funnellab.ui.scenarios;

import org.funnellab.domain.MetricValue;
import org.funnellab.export.ScenarioComparisonExport;
import org.funnellab.service.Scenario;
import org.funnellab.service.ScenarioComparison;
import org.funnellab.service.Waterfall;
import org.funnellab.ui.common.Formats;
import org.funnellab.ui.common.I18n;
import org.funnellab.ui.whatif.tools.ToolLabels;

import java.util.ArrayList;
import java.util.List;

/**
 * What the comparison says in the user's language: names of panels, inputs and outputs, values, changes from the
 * baseline ("+₽1,200", "−5 min", "+12.5%"; "—" when undefined), and the comparison as a table for export.
 */
public final class ScenarioTexts {
    private final I18n i18n;
    private final Formats formats;

    public ScenarioTexts(I18n i18n, Formats formats) {
        this.i18n = i18n;
        this.formats = formats;
    }

    public String panelLabel(String panel) {
        return i18n.get("nav." + panel);
    }

    public String rowLabel(ScenarioComparison.Row r) {
        return r.kind() == ScenarioComparison.Kind.INPUT ? inputLabel(r.panel(), r.id())
                : ToolLabels.output(i18n, r.panel(), r.id());
    }

    public String inputLabel(String panel, String input) {
        if (input.equals(Waterfall.DATA)) {
            return i18n.get("scenarios.waterfall.data");
        }
        return ToolLabels.parameter(i18n, panel, input);
    }

    /** A value for the table: formatted, or "—" with the reason in {@link #undefinedText}. */
    public String text(MetricValue v, org.funnellab.calc.Unit unit) {
        return formats.format(v, unit);
    }

    public String deltaText(MetricValue d, org.funnellab.calc.Unit unit) {
        if (!d.isDefined()) {
            return Formats.UNDEFINED;
        }
        // A change of a ratio is a number, not a ratio ("+0.37", not "+0.37:1"); of a share, percentage points.
        if (unit == org.funnellab.calc.Unit.RATIO) {
            String t = formats.number(Math.abs(d.value()), 2);
            return d.value() > 0 ? "+" + t : d.value() < 0 ? "−" + t : t;
        }
        return formats.delta(d.value(), unit);
    }

    public String percentText(MetricValue p) {
        if (!p.isDefined()) {
            return Formats.UNDEFINED;
        }
        String t = formats.percent(Math.abs(p.value()));
        return p.value() > 0 ? "+" + t : p.value() < 0 ? "−" + t : t;
    }

    public String undefinedText(MetricValue v) {
        return v.isDefined() ? "" : i18n.get("reason." + v.reason().name());
    }

    /** The comparison as a table: panel, kind, item, unit, baseline, then value, change and change % per scenario. */
    public ScenarioComparisonExport.Table table(ScenarioComparison c, boolean onlyChanged) {
        List<String> header = new ArrayList<>(List.of(i18n.get("scenarios.col.panel"), i18n.get("scenarios.col.kind"),
                i18n.get("scenarios.col.item"), i18n.get("scenarios.col.baseline")));
        for (Scenario s : c.scenarios()) {
            header.add(s.name());
            header.add(i18n.format("scenarios.col.delta", s.name()));
            header.add(i18n.format("scenarios.col.percent", s.name()));
            header.add(i18n.format("scenarios.col.overridden", s.name()));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ScenarioComparison.Row r : onlyChanged ? c.changedRows() : c.rows()) {
            List<Object> row = new ArrayList<>();
            row.add(panelLabel(r.panel()));
            row.add(i18n.get(r.kind() == ScenarioComparison.Kind.INPUT ? "scenarios.kind.input"
                    : "scenarios.kind.output"));
            row.add(rowLabel(r));
            row.add(number(r.base(), r.unit()));
            for (int i = 0; i < r.values().size(); i++) {
                row.add(number(r.values().get(i), r.unit()));
                row.add(number(r.deltas().get(i), r.unit()));
                row.add(r.percents().get(i).isDefined() ? (Object) r.percents().get(i).value() : null);
                row.add(r.overridden().get(i) ? i18n.get("scenarios.yes") : "");
            }
            rows.add(row);
        }
        return new ScenarioComparisonExport.Table(header, rows);
    }

    private Object number(MetricValue v, org.funnellab.calc.Unit unit) {
        return v.isDefined() ? (Object) v.value() : null;
    }

    /** The comparison's meeting-pack pages in the user's language, values formatted as the table shows them. */
    public org.funnellab.export.ScenarioPackPages.Texts packTexts() {
        return new org.funnellab.export.ScenarioPackPages.Texts() {
            @Override
            public String tableTitle() {
                return i18n.get("pack.scenarios.table");
            }

            @Override
            public String chartTitle() {
                return i18n.get("pack.scenarios.chart");
            }

            @Override
            public String panel(String panel) {
                return panelLabel(panel);
            }

            @Override
            public String output(String panel, String id) {
                return ToolLabels.output(i18n, panel, id);
            }

            @Override
            public String baseline() {
                return i18n.get("whatif.baseline");
            }

            @Override
            public List<String> columns() {
                return List.of(i18n.get("scenarios.col.panel"), i18n.get("pack.scenarios.output"));
            }

            @Override
            public String scenarioHeader(String scenario) {
                return i18n.format("pack.scenarios.column", scenario);
            }

            @Override
            public String value(MetricValue v, org.funnellab.calc.Unit unit) {
                return text(v, unit);
            }

            @Override
            public String delta(MetricValue d, org.funnellab.calc.Unit unit) {
                return deltaText(d, unit);
            }

            @Override
            public String percent(MetricValue p) {
                return percentText(p);
            }

            @Override
            public String noData() {
                return i18n.get("chart.noData");
            }

            @Override
            public String moreRows() {
                return i18n.get("export.moreRows");
            }

            @Override
            public List<String> describe(Scenario s) {
                List<String> out = new ArrayList<>();
                out.add(s.name() + (s.note().isEmpty() ? "" : " — " + s.note()));
                s.overrides().forEach((panel, inputs) -> inputs.forEach((id, v) ->
                        out.add("  " + panelLabel(panel) + ": " + inputLabel(panel, id) + " = "
                                + formats.number(v, Math.abs(v) >= 100 ? 0 : 2))));
                return out;
            }
        };
    }
}
