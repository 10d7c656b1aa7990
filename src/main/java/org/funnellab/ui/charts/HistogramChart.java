package org.funnellab.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.text.NumberFormat;

/**
 * Histogram of Monte Carlo samples with vertical lines at P10, P50 and P90. Bins come ready-made (counts and edges,
 * as {@code calc.MonteCarlo.Histogram} gives them). Only touch it on the FX thread.
 */
public final class HistogramChart extends FxChart {
    private final XYIntervalSeries bins;
    private final XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    private final ValueMarker[] markers = new ValueMarker[3];
    private final NumberAxis values;
    private final ChartStyle style;

    public HistogramChart(String title, String valueAxisLabel, String countAxisLabel, String seriesName,
                          NumberFormat valueFormat, ChartStyle style) {
        this.style = style;
        this.bins = new XYIntervalSeries(seriesName);
        dataset.addSeries(bins);
        this.values = new NumberAxis(valueAxisLabel);
        values.setNumberFormatOverride(valueFormat);
        values.setAutoRangeIncludesZero(false);
        init(createChart(title, countAxisLabel, valueFormat));
        showTicks(false);
    }

    private JFreeChart createChart(String title, String countAxisLabel, NumberFormat valueFormat) {
        NumberAxis counts = new NumberAxis(countAxisLabel);
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYBarRenderer r = new XYBarRenderer(0.04);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setSeriesPaint(0, style.series(1));
        r.setDefaultToolTipGenerator((data, series, item) -> {
            XYIntervalSeriesCollection d = (XYIntervalSeriesCollection) data;
            return valueFormat.format(d.getStartXValue(series, item)) + " – "
                    + valueFormat.format(d.getEndXValue(series, item)) + ": " + (long) d.getYValue(series, item);
        });
        XYPlot plot = new XYPlot(dataset, values, counts, r);
        for (int i = 0; i < markers.length; i++) {
            ValueMarker m = new ValueMarker(0);
            m.setPaint(i == 1 ? style.series(2) : style.text());
            m.setStroke(i == 1 ? new BasicStroke(2f)
                    : new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
            m.setLabelFont(style.font(11, true));
            m.setLabelPaint(style.text());
            m.setLabelBackgroundColor(style.background());
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            markers[i] = m;
        }
        JFreeChart c = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        style.apply(c);
        plot.setDomainGridlinesVisible(false);
        return c;
    }

    /** Bins drawn. */
    public int binCount() {
        return bins.getItemCount();
    }

    /**
     * Replaces the bars and the percentile lines with one redraw.
     *
     * @param percentiles  P10, P50, P90
     * @param markerLabels their labels, e.g. "P10 118 h"
     */
    public void update(long[] counts, double[] edges, NumberFormat valueFormat, double[] percentiles,
                       String[] markerLabels) {
        XYPlot plot = chart().getXYPlot();
        plot.setNotify(false);
        try {
            values.setNumberFormatOverride(valueFormat);
            showTicks(true);
            bins.clear();
            for (int i = 0; i < counts.length; i++) {
                double lo = edges[i];
                double hi = edges[i + 1];
                if (hi == lo) {
                    // Every sample equal: give the single bar a visible width.
                    double half = Math.max(Math.abs(lo) * 0.01, 1e-9);
                    lo -= half;
                    hi += half;
                }
                bins.add((lo + hi) / 2, lo, hi, counts[i], 0, counts[i]);
            }
            plot.clearDomainMarkers();
            for (int i = 0; i < markers.length && i < percentiles.length; i++) {
                markers[i].setValue(percentiles[i]);
                markers[i].setLabel(markerLabels[i]);
                // Three labels at the top would overlap when the band is narrow: stagger them downwards.
                markers[i].setLabelOffset(new org.jfree.chart.ui.RectangleInsets(4 + 16 * i, 4, 4, 4));
                plot.addDomainMarker(markers[i]);
            }
        } finally {
            plot.setNotify(true);
        }
    }

    /** No bars, no lines. */
    public void clear() {
        XYPlot plot = chart().getXYPlot();
        plot.setNotify(false);
        try {
            bins.clear();
            plot.clearDomainMarkers();
            showTicks(false);
        } finally {
            plot.setNotify(true);
        }
    }

    /** An empty histogram shows bare axes: made-up ticks ("0 0.1 0.1 0.2") would read as data. */
    private void showTicks(boolean visible) {
        XYPlot plot = chart().getXYPlot();
        plot.getDomainAxis().setTickLabelsVisible(visible);
        plot.getRangeAxis().setTickLabelsVisible(visible);
    }
}
