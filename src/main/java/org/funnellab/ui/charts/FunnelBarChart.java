package org.funnellab.ui.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
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
    /** Pixels between a bar's end and its label, as the renderer draws it, plus a little air at the right edge. */
    static final double LABEL_GAP = 24;

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
        NumberAxis range = new RoomForLabels(valueAxisLabel, r);
        plot.setRangeAxis(range);
        range.setNumberFormatOverride(countFormat);
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setRangeType(org.jfree.data.RangeType.POSITIVE);
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

    /**
     * The count axis, stretched at every drawing so the label at the end of each bar fits inside the chart at its
     * present width and type size (a fixed margin cut "1 000 000 · 100 %" off on a 1280-pixel screen and under the
     * projector's larger type).
     */
    private final class RoomForLabels extends NumberAxis {
        private final BarRenderer renderer;

        RoomForLabels(String label, BarRenderer renderer) {
            super(label);
            this.renderer = renderer;
        }

        @Override
        public AxisState draw(Graphics2D g2, double cursor, Rectangle2D plotArea, Rectangle2D dataArea,
                              RectangleEdge edge, PlotRenderingInfo plotState) {
            double upper = upperBoundFor(g2.getFontMetrics(renderer.getDefaultItemLabelFont()), dataArea.getWidth());
            if (upper > 0) {
                setRange(new Range(0, upper), false, false);
            }
            return super.draw(g2, cursor, plotArea, dataArea, edge, plotState);
        }
    }

    /**
     * The smallest upper bound at which every bar of {@code width} pixels' plot leaves room for its label; 0 when
     * there is nothing to fit. A label wider than two thirds of the plot gets two thirds (bars stay readable).
     */
    double upperBoundFor(FontMetrics metrics, double width) {
        double upper = 0;
        for (int i = 0; i < dataset.getColumnCount(); i++) {
            Number v = dataset.getValue(0, i);
            if (v == null || v.doubleValue() <= 0 || width <= 0) {
                continue;
            }
            double room = Math.max(width / 3, width - LABEL_GAP - metrics.stringWidth(barLabel(i)));
            upper = Math.max(upper, v.doubleValue() * width / room);
        }
        return upper;
    }
}
