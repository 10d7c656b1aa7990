package org.funnellab.ui.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import java.text.NumberFormat;
import java.util.List;

/**
 * The funnel as horizontal bars, first stage on top: one bar per stage with a label (count and conversion) at its
 * end and a tooltip per bar, both written by the caller.
 */
public final class FunnelBarChart extends FxChart {
    private final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    private final TextTable texts = new TextTable();
    private final TextTable labels = new TextTable();
    private final String series;

    public FunnelBarChart(String title, String valueAxisLabel, NumberFormat countFormat, ChartStyle style) {
        this.series = valueAxisLabel;
        JFreeChart c = ChartFactory.createBarChart(title, null, valueAxisLabel, dataset, PlotOrientation.HORIZONTAL,
                false, true, false);
        CategoryPlot plot = c.getCategoryPlot();
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, style.series(1));
        r.setDefaultToolTipGenerator(texts);
        r.setDefaultItemLabelGenerator(labels);
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(style.font(12, true));
        r.setDefaultItemLabelPaint(style.text());
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setNumberFormatOverride(countFormat);
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setRangeType(org.jfree.data.RangeType.POSITIVE);
        // Room on the right for the label of the longest bar.
        range.setUpperMargin(0.35);
        init(c, style);
    }

    /** Replaces the bars: {@code stages.get(i)} has {@code counts[i]} leads, a bar label and a tooltip. */
    public void update(List<String> stages, long[] counts, List<String> barLabels, List<String> tooltips) {
        batch(() -> {
            dataset.clear();
            texts.clear();
            labels.clear();
            for (int i = 0; i < stages.size(); i++) {
                dataset.addValue(counts[i], series, stages.get(i));
                texts.put(0, i, tooltips.get(i));
                labels.put(0, i, barLabels.get(i));
            }
        });
    }

    public DefaultCategoryDataset dataset() {
        return dataset;
    }

    /** The label drawn on bar {@code i}, as last set. */
    public String barLabel(int i) {
        return labels.generateLabel(dataset, 0, i);
    }
}
