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
 * Grouped bars of compared scenarios: one group per output (one unit per chart), one bar per scenario, the baseline
 * first. Only touch it on the FX thread.
 */
public final class ScenarioBarsChart extends FxChart {
    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();

    /**
     * @param series   the baseline's and each scenario's name, in bar order
     * @param outputs  one group per output
     * @param values   values[output][series]; null = no bar (undefined)
     */
    public ScenarioBarsChart(String title, List<String> series, List<String> outputs, Double[][] values,
                             NumberFormat valueFormat, ChartStyle style) {
        for (int o = 0; o < outputs.size(); o++) {
            for (int s = 0; s < series.size(); s++) {
                dataset.addValue(values[o][s], series.get(s), outputs.get(o));
            }
        }
        JFreeChart c = ChartFactory.createBarChart(title, null, null, dataset, PlotOrientation.VERTICAL, true, true,
                false);
        CategoryPlot plot = c.getCategoryPlot();
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.05);
        for (int s = 0; s < series.size(); s++) {
            r.setSeriesPaint(s, style.series(s));
        }
        r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0} — {1}: {2}", valueFormat));
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(valueFormat);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        domain.setMaximumCategoryLabelLines(2);
        init(c, style);
    }

    public DefaultCategoryDataset dataset() {
        return dataset;
    }
}
