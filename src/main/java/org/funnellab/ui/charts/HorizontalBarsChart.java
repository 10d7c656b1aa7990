package org.funnellab.ui.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

import java.text.NumberFormat;
import java.util.List;

/**
 * Horizontal bars, baseline and scenario side by side, one category per row: for named things whose labels need
 * room (levers, channel names). The title can change (e.g. it names a step, +10 %). Values are replaced in place
 * with one redraw per update; FX thread only.
 */
public final class HorizontalBarsChart extends FxChart {
    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final String baselineName;
    private final String scenarioName;

    /**
     * @param tooltipPattern a {@link StandardCategoryToolTipGenerator} pattern: {0} series, {1} category, {2} value
     */
    public HorizontalBarsChart(String title, String valueAxisLabel, String baselineName, String scenarioName,
                               List<String> levers, NumberFormat valueFormat, String tooltipPattern,
                               ChartStyle style) {
        this.baselineName = baselineName;
        this.scenarioName = scenarioName;
        for (String c : levers) {
            dataset.addValue(0, baselineName, c);
            dataset.addValue(0, scenarioName, c);
        }
        JFreeChart c = ChartFactory.createBarChart(title, null, valueAxisLabel, dataset, PlotOrientation.HORIZONTAL,
                true, true, false);
        CategoryPlot plot = c.getCategoryPlot();
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.05);
        r.setMaximumBarWidth(0.3);
        r.setSeriesPaint(0, style.series(0));
        r.setSeriesPaint(1, style.series(1));
        r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator(tooltipPattern, valueFormat));
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(valueFormat);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setMaximumCategoryLabelWidthRatio(0.3f);
        domain.setMaximumCategoryLabelLines(2);
        // Values along the bottom, where a reader looks for them (JFreeChart puts them on top when horizontal).
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        style.apply(c);
        ReadableTicks.apply(c);
        init(c);
        watchEmpty(style);
    }

    public DefaultCategoryDataset dataset() {
        return dataset;
    }

    /** Replaces the title and all values with one redraw; null = no bar. */
    public void update(String title, List<String> levers, Double[] baseline, Double[] scenario) {
        // The chart, not just the plot, is muted: a new title would otherwise redraw on its own.
        chart().setNotify(false);
        try {
            TextTitle t = chart().getTitle();
            if (t != null && !t.getText().equals(title)) {
                t.setText(title);
            }
            for (int i = 0; i < levers.size(); i++) {
                dataset.setValue(baseline[i], baselineName, levers.get(i));
                dataset.setValue(scenario[i], scenarioName, levers.get(i));
            }
        } finally {
            chart().setNotify(true);
        }
    }
}
