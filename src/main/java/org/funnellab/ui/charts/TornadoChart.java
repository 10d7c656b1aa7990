package org.funnellab.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
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
import java.util.List;

/**
 * A tornado chart: one horizontal bar per input, from the output at the current inputs (the base line) to the output
 * with that input lowered (one colour) and raised (the other), largest swing on top. Only touch it on the FX thread.
 */
public final class TornadoChart extends FxChart {
    private static final double HALF_BAR = 0.32;
    private final XYIntervalSeries low;
    private final XYIntervalSeries high;
    private final XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    private final ValueMarker baseLine = new ValueMarker(0);
    private final NumberFormat format;
    private final ChartStyle style;
    private List<String> labels = List.of();
    private List<String> lowTips = List.of();
    private List<String> highTips = List.of();

    /**
     * @param lowName  legend text of the lowered-input bars, e.g. "−10 %"
     * @param highName legend text of the raised-input bars
     */
    public TornadoChart(String title, String valueAxisLabel, String lowName, String highName, NumberFormat format,
                        ChartStyle style) {
        this.format = format;
        this.style = style;
        this.low = new XYIntervalSeries(lowName);
        this.high = new XYIntervalSeries(highName);
        dataset.addSeries(low);
        dataset.addSeries(high);
        init(createChart(title, valueAxisLabel));
    }

    private JFreeChart createChart(String title, String valueAxisLabel) {
        NumberAxis values = new NumberAxis(valueAxisLabel);
        values.setNumberFormatOverride(format);
        values.setAutoRangeIncludesZero(false);
        XYBarRenderer r = new XYBarRenderer();
        r.setUseYInterval(true);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setSeriesPaint(0, style.series(2));
        r.setSeriesPaint(1, style.series(1));
        r.setDefaultToolTipGenerator((data, series, item) -> {
            int row = (int) Math.round(data.getXValue(series, item));
            int bar = labels.size() - 1 - row;
            if (bar < 0 || bar >= labels.size()) {
                return null;
            }
            List<String> tips = series == 0 ? lowTips : highTips;
            return bar < tips.size() ? tips.get(bar)
                    : labels.get(bar) + " — " + data.getSeriesKey(series) + ": "
                    + format.format(data.getYValue(series, item));
        });
        XYPlot plot = new XYPlot(dataset, symbolAxis(List.of()), values, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        baseLine.setStroke(new BasicStroke(1.5f));
        baseLine.setPaint(style.text());
        baseLine.setLabelFont(style.font(11, false));
        baseLine.setLabelPaint(style.text());
        baseLine.setLabelBackgroundColor(style.background());
        baseLine.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        baseLine.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addRangeMarker(baseLine);
        JFreeChart c = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        style.apply(c);
        c.getLegend().setItemLabelPadding(new org.jfree.chart.ui.RectangleInsets(2, 4, 2, 16));
        plot.setDomainGridlinesVisible(false);
        return c;
    }

    private SymbolAxis symbolAxis(List<String> names) {
        SymbolAxis axis = new SymbolAxis(null, names.toArray(new String[0]));
        axis.setGridBandsVisible(false);
        axis.setTickLabelFont(style.font(12, false));
        axis.setTickLabelPaint(style.text());
        axis.setAxisLinePaint(style.grid());
        axis.setTickMarksVisible(false);
        // The symbols sit at 0..n−1; half a bar of room above and below keeps the end bars whole.
        axis.setAutoRange(false);
        // One more row of room on top holds the base line's label clear of the largest bar.
        axis.setRange(-0.6, Math.max(0.6, names.size() + 0.2));
        return axis;
    }

    /** Legend texts of the lowered- and raised-input bars. */
    public void setSeriesNames(String lowName, String highName) {
        low.setKey(lowName);
        high.setKey(highName);
    }

    /** Bars drawn (one per input with a defined swing). */
    public int barCount() {
        return low.getItemCount();
    }

    /** Input names in drawing order, largest swing first. */
    public List<String> labels() {
        return labels;
    }

    /**
     * Replaces the bars with one redraw. Bar i (largest swing first) spans base → {@code lowOutputs[i]} and
     * base → {@code highOutputs[i]}.
     */
    public void update(List<String> names, double base, String baseLabel, double[] lowOutputs, double[] highOutputs) {
        update(names, base, baseLabel, lowOutputs, highOutputs, List.of(), List.of());
    }

    /** As {@link #update(List, double, String, double[], double[])}, with a tooltip per bar half (e.g. "900 → 101 h"). */
    public void update(List<String> names, double base, String baseLabel, double[] lowOutputs, double[] highOutputs,
                       List<String> lowTooltips, List<String> highTooltips) {
        lowTips = List.copyOf(lowTooltips);
        highTips = List.copyOf(highTooltips);
        XYPlot plot = chart().getXYPlot();
        plot.setNotify(false);
        try {
            labels = List.copyOf(names);
            int n = names.size();
            // SymbolAxis counts from the bottom: reverse so the largest swing is on top.
            String[] bottomUp = new String[n];
            for (int i = 0; i < n; i++) {
                bottomUp[i] = names.get(n - 1 - i);
            }
            plot.setDomainAxis(symbolAxis(List.of(bottomUp)));
            low.clear();
            high.clear();
            for (int i = 0; i < n; i++) {
                double x = n - 1 - i;
                low.add(x, x - HALF_BAR, x + HALF_BAR, lowOutputs[i], Math.min(base, lowOutputs[i]),
                        Math.max(base, lowOutputs[i]));
                high.add(x, x - HALF_BAR, x + HALF_BAR, highOutputs[i], Math.min(base, highOutputs[i]),
                        Math.max(base, highOutputs[i]));
            }
            baseLine.setValue(base);
            baseLine.setLabel(baseLabel);
        } finally {
            plot.setNotify(true);
        }
    }
}
