package org.funnellab.ui.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;

/**
 * A waterfall: the first bar is A's value, then one floating bar per contribution (up or down from where the last one
 * ended), and the last bar B's value. Drawn as stacked bars over an invisible base. Only touch it on the FX thread.
 */
public final class WaterfallChart extends FxChart {
    private static final String BASE = " ";
    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();

    /**
     * @param labels        A's name, each input's name, B's name
     * @param start         A's value
     * @param contributions one per input, in label order
     */
    public WaterfallChart(String title, String upName, String downName, String totalName, List<String> labels,
                          double start, double[] contributions, NumberFormat valueFormat, ChartStyle style) {
        this.upName = upName;
        this.downName = downName;
        this.totalName = totalName;
        double level = start;
        add(labels.get(0), 0, start, 0, 0);
        for (int i = 0; i < contributions.length; i++) {
            double c = contributions[i];
            double from = level;
            double to = level + c;
            double low = Math.min(from, to);
            double high = Math.max(from, to);
            if (low >= 0) {
                add(labels.get(i + 1), low, 0, c >= 0 ? high - low : 0, c < 0 ? high - low : 0);
            } else if (high <= 0) {
                add(labels.get(i + 1), high, 0, c >= 0 ? low - high : 0, c < 0 ? low - high : 0);
            } else {
                // Crosses zero: the part above and the part below are stacked separately from 0.
                add(labels.get(i + 1), 0, 0, c >= 0 ? high : 0, c < 0 ? high : 0);
                addBelow(labels.get(i + 1), c >= 0 ? low : 0, c < 0 ? low : 0);
            }
            level = to;
        }
        add(labels.get(labels.size() - 1), 0, level, 0, 0);
        JFreeChart chart = ChartFactory.createStackedBarChart(title, null, null, dataset, PlotOrientation.VERTICAL,
                true, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StackedBarRenderer r = (StackedBarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        java.awt.Paint[] paints = {new Color(0, 0, 0, 0), style.series(0), new Color(0x2e, 0x9d, 0x5b),
                new Color(0xd1, 0x43, 0x43), new Color(0x2e, 0x9d, 0x5b), new Color(0xd1, 0x43, 0x43)};
        for (int i = 0; i < paints.length; i++) {
            r.setSeriesPaint(i, paints[i]);
            r.setSeriesVisibleInLegend(i, i >= 1 && i <= 3);
        }
        r.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{1}: {2}", valueFormat));
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(valueFormat);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        domain.setMaximumCategoryLabelLines(2);
        init(chart, style);
        r.setSeriesPaint(0, new Color(0, 0, 0, 0));
        r.setSeriesPaint(1, style.series(0));
    }

    private String upName;
    private String downName;
    private String totalName;

    private void add(String label, double base, double total, double up, double down) {
        dataset.addValue(base, BASE, label);
        dataset.addValue(total, totalName, label);
        dataset.addValue(up, upName, label);
        dataset.addValue(down, downName, label);
        dataset.addValue(0, upName + "\u200b", label);
        dataset.addValue(0, downName + "\u200b", label);
    }

    private void addBelow(String label, double up, double down) {
        dataset.setValue(up, upName + "\u200b", label);
        dataset.setValue(down, downName + "\u200b", label);
    }

    public DefaultCategoryDataset dataset() {
        return dataset;
    }
}
