package org.funnellab.ui.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.text.NumberFormat;
import java.util.List;

/**
 * Grouped bars "baseline vs scenario" for a few outputs sharing one unit (e.g. money lost per month).
 * Values are replaced in place on every slider tick; the chart redraws once per update, not once per value.
 * Only touch it on the FX thread: the canvas redraws synchronously.
 */
public final class BaselineScenarioChart extends FxChart {
    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final String baselineName;
    private final String scenarioName;

    public BaselineScenarioChart(String title, String valueAxisLabel, String baselineName, String scenarioName,
                                 List<String> categories, NumberFormat valueFormat, ChartStyle style) {
        this.baselineName = baselineName;
        this.scenarioName = scenarioName;
        for (String c : categories) {
            dataset.addValue(0, baselineName, c);
            dataset.addValue(0, scenarioName, c);
        }
        init(createChart(title, valueAxisLabel, valueFormat, style));
        watchEmpty(style);
    }

    private JFreeChart createChart(String title, String valueAxisLabel, NumberFormat valueFormat, ChartStyle style) {
        JFreeChart c = ChartFactory.createBarChart(title, null, valueAxisLabel, dataset,
                PlotOrientation.VERTICAL, true, true, false);
        CategoryPlot plot = c.getCategoryPlot();
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.05);
        r.setMaximumBarWidth(0.18);
        r.setSeriesPaint(0, style.series(0));
        r.setSeriesPaint(1, style.series(1));
        r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0} — {1}: {2}", valueFormat));
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setNumberFormatOverride(valueFormat);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        domain.setMaximumCategoryLabelLines(2);
        style.apply(c);
        return c;
    }

    public DefaultCategoryDataset dataset() {
        return dataset;
    }

    /** Replaces all values with one redraw. {@code baseline[i]}/{@code scenario[i]} belong to category i; null = no bar. */
    public void update(List<String> categories, Double[] baseline, Double[] scenario) {
        CategoryPlot plot = chart().getCategoryPlot();
        plot.setNotify(false);
        try {
            for (int i = 0; i < categories.size(); i++) {
                dataset.setValue(baseline[i], baselineName, categories.get(i));
                dataset.setValue(scenario[i], scenarioName, categories.get(i));
            }
        } finally {
            plot.setNotify(true);
        }
    }
}
