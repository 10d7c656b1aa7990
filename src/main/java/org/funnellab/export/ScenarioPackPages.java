package org.funnellab.export;

import org.funnellab.calc.Unit;
import org.funnellab.domain.MetricValue;
import org.funnellab.service.Scenario;
import org.funnellab.service.ScenarioComparison;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario comparison as two pages of a meeting pack: a table of each panel's headline output for the baseline
 * and every compared scenario, with each scenario's change from the baseline (absolute and in percent), and grouped
 * bars of the same headline outputs, one small chart per panel (their units differ). The figures are those of the
 * {@link ScenarioComparison} the caller got from the scenario service; the texts are the caller's language.
 */
public final class ScenarioPackPages {
    /** How values and names read in the caller's language. */
    public interface Texts {
        String tableTitle();

        String chartTitle();

        String panel(String panel);

        String output(String panel, String id);

        String baseline();

        /** Column headers: panel, output. */
        List<String> columns();

        /** A scenario's column: its name and what the parentheses hold, e.g. "Win more (change; %)". */
        String scenarioHeader(String scenario);

        String value(MetricValue v, Unit unit);

        String delta(MetricValue d, Unit unit);

        String percent(MetricValue p);

        String noData();

        String moreRows();

        /** One line of speaker notes per scenario: its name, note and the inputs it sets. */
        List<String> describe(Scenario s);
    }

    private ScenarioPackPages() {
    }

    /** The table page, then the chart page; {@code notes} (filters, data range) go under each and into the notes. */
    public static List<PackSlide> slides(ScenarioComparison c, Texts t, ExportPalette palette, List<String> notes) {
        List<String> speaker = new ArrayList<>();
        for (Scenario s : c.scenarios()) {
            speaker.addAll(t.describe(s));
        }
        speaker.addAll(notes);
        String spoken = String.join("\n", speaker);
        TableData table = table(c, t);
        return List.of(
                new PackSlide(new ExportPage(t.tableTitle(), notes, new TableDrawing(table, palette, t.moreRows())),
                        t.tableTitle() + "\n" + spoken),
                new PackSlide(new ExportPage(t.chartTitle(), notes, charts(c, t)), t.chartTitle() + "\n" + spoken));
    }

    /**
     * Headline outputs: panel, item, baseline, then one column per scenario whose cell reads "value (change; change
     * in %)" — few columns, so the type stays large enough for a projector. The number behind a cell is the value.
     */
    public static TableData table(ScenarioComparison c, Texts t) {
        List<String> cols = t.columns();
        List<String> header = new ArrayList<>(List.of(cols.get(0), cols.get(1), t.baseline()));
        for (Scenario s : c.scenarios()) {
            header.add(t.scenarioHeader(s.name()));
        }
        List<List<TableData.Cell>> rows = new ArrayList<>();
        for (ScenarioComparison.Row r : c.headlines()) {
            List<TableData.Cell> row = new ArrayList<>();
            row.add(TableData.Cell.text(t.panel(r.panel())));
            row.add(TableData.Cell.text(t.output(r.panel(), r.id())));
            row.add(cell(r.base(), t.value(r.base(), r.unit())));
            for (int i = 0; i < r.values().size(); i++) {
                String text = t.value(r.values().get(i), r.unit()) + " (" + t.delta(r.deltas().get(i), r.unit())
                        + "; " + t.percent(r.percents().get(i)) + ")";
                row.add(cell(r.values().get(i), text));
            }
            rows.add(row);
        }
        return new TableData(t.tableTitle(), header, rows);
    }

    private static TableData.Cell cell(MetricValue v, String text) {
        return v.isDefined() ? TableData.Cell.number(v.value(), text) : TableData.Cell.text(text);
    }

    /** One grouped bar chart per panel's headline output, side by side (two rows when there are more than three). */
    static Drawing charts(ScenarioComparison c, Texts t) {
        List<Drawing> charts = new ArrayList<>();
        for (ScenarioComparison.Row r : c.headlines()) {
            Map<String, double[]> series = new LinkedHashMap<>();
            series.put(t.baseline(), new double[]{r.base().isDefined() ? r.base().value() : 0});
            for (int i = 0; i < r.values().size(); i++) {
                MetricValue v = r.values().get(i);
                series.put(c.scenarios().get(i).name(), new double[]{v.isDefined() ? v.value() : 0});
            }
            charts.add(SimpleBarChart.create(t.panel(r.panel()), "", "", List.of(t.output(r.panel(), r.id())),
                    series, false, false, false, t.noData()));
        }
        return (g, area) -> {
            int n = charts.size();
            if (n == 0) {
                return;
            }
            int perRow = n <= 3 ? n : (n + 1) / 2;
            int rowsCount = (n + perRow - 1) / perRow;
            double w = area.getWidth() / perRow;
            double h = area.getHeight() / rowsCount;
            for (int i = 0; i < n; i++) {
                Rectangle2D cellArea = new Rectangle2D.Double(area.getX() + (i % perRow) * w,
                        area.getY() + (i / perRow) * h, w - 8, h - 8);
                charts.get(i).draw(g, cellArea);
            }
        };
    }
}
