package org.funnellab.ui.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.text.NumberFormat;
import java.util.List;

/** Won deals by sales-cycle length: one bar per bucket of days, buckets as the caller names them. */
public final class CycleHistogramChart extends FxChart {
    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final TextTable texts = new TextTable();
    private final String series;

    public CycleHistogramChart(String title, String daysAxis, String countAxis, NumberFormat countFormat,
                               ChartStyle style) {
        this.series = countAxis;
        JFreeChart c = ChartFactory.createBarChart(title, daysAxis, countAxis, dataset, PlotOrientation.VERTICAL,
                false, true, false);
        CategoryPlot plot = c.getCategoryPlot();
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, style.series(1));
        r.setDefaultToolTipGenerator(texts);
        plot.getDomainAxis().setCategoryMargin(0.1);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(countFormat);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((NumberAxis) plot.getRangeAxis()).setRangeType(org.jfree.data.RangeType.POSITIVE);
        init(c, style);
    }

    public void update(List<String> buckets, long[] counts, List<String> tooltips) {
        batch(() -> {
            dataset.clear();
            texts.clear();
            for (int i = 0; i < buckets.size(); i++) {
                dataset.addValue(counts[i], series, buckets.get(i));
                texts.put(0, i, tooltips.get(i));
            }
        });
    }

    public DefaultCategoryDataset dataset() {
        return dataset;
    }
}
