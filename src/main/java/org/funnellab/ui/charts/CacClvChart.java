package org.funnellab.ui.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * CAC (x) against CLV (y): one point per channel, the blended baseline and scenario points, and the healthy line
 * CLV = 3 × CAC. Points above the line are healthy. The line is redrawn to fit the points' box on each update,
 * so it never stretches the axes by itself. Only touch it on the FX thread.
 */
public final class CacClvChart extends FxChart {
    /** Series order in the dataset. */
    public static final int CHANNELS = 0;
    public static final int BASELINE = 1;
    public static final int SCENARIO = 2;
    public static final int HEALTHY_LINE = 3;

    private final XYSeriesCollection dataset = new XYSeriesCollection();
    private final XYSeries channels;
    private final XYSeries baseline;
    private final XYSeries scenario;
    private final XYSeries line;
    private final List<String> channelNames = new ArrayList<>();
    /** Per channel point: where its name goes ({@link PointLabels}), as last laid out. */
    private int[] labelSides = new int[0];
    private final double healthyRatio;

    /**
     * @param names series names: channels, baseline, scenario, the healthy line
     * @param tooltip formats one point's tooltip from (name, CAC, CLV)
     */
    public CacClvChart(String title, String cacAxis, String clvAxis, List<String> names, double healthyRatio,
                       NumberFormat moneyFormat, PointText tooltip, ChartStyle style) {
        this.healthyRatio = healthyRatio;
        channels = new XYSeries(names.get(0), false, true);
        baseline = new XYSeries(names.get(1), false, true);
        scenario = new XYSeries(names.get(2), false, true);
        line = new XYSeries(names.get(3), false, true);
        dataset.addSeries(channels);
        dataset.addSeries(baseline);
        dataset.addSeries(scenario);
        dataset.addSeries(line);
        init(createChart(title, cacAxis, clvAxis, moneyFormat, tooltip, style));
        watchEmpty(style);
    }

    /** Text for one point: its name, CAC and CLV. */
    @FunctionalInterface
    public interface PointText {
        String text(String name, double cac, double clv);
    }

    private JFreeChart createChart(String title, String cacAxis, String clvAxis, NumberFormat moneyFormat,
                                   PointText tooltip, ChartStyle style) {
        JFreeChart c = ChartFactory.createScatterPlot(title, cacAxis, clvAxis, dataset, PlotOrientation.VERTICAL,
                true, true, false);
        XYPlot plot = c.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true) {
            @Override
            public ItemLabelPosition getPositiveItemLabelPosition(int series, int item) {
                if (series == CHANNELS && item < labelSides.length) {
                    return PointLabels.position(labelSides[item]);
                }
                return super.getPositiveItemLabelPosition(series, item);
            }
        };
        r.setSeriesPaint(CHANNELS, style.series(2));
        r.setSeriesShape(CHANNELS, new Ellipse2D.Double(-5, -5, 10, 10));
        r.setSeriesPaint(BASELINE, style.series(0));
        r.setSeriesShape(BASELINE, new Rectangle2D.Double(-6, -6, 12, 12));
        r.setSeriesPaint(SCENARIO, style.series(1));
        r.setSeriesShape(SCENARIO, new Rectangle2D.Double(-7, -7, 14, 14));
        r.setSeriesPaint(HEALTHY_LINE, style.series(3));
        r.setSeriesLinesVisible(HEALTHY_LINE, true);
        r.setSeriesShapesVisible(HEALTHY_LINE, false);
        r.setSeriesStroke(HEALTHY_LINE, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {8f, 6f}, 0f));
        r.setDefaultToolTipGenerator((d, series, item) -> series == HEALTHY_LINE ? d.getSeriesKey(series).toString()
                : tooltip.text(series == CHANNELS ? channelNames.get(item) : d.getSeriesKey(series).toString(),
                        d.getXValue(series, item), d.getYValue(series, item)));
        r.setSeriesItemLabelGenerator(CHANNELS, (d, series, item) -> channelNames.get(item));
        r.setSeriesItemLabelsVisible(CHANNELS, true);
        r.setSeriesItemLabelFont(CHANNELS, style.font(11, false));
        r.setSeriesItemLabelPaint(CHANNELS, style.text());
        plot.setRenderer(r);
        for (NumberAxis axis : List.of((NumberAxis) plot.getDomainAxis(), (NumberAxis) plot.getRangeAxis())) {
            axis.setNumberFormatOverride(moneyFormat);
            axis.setAutoRangeIncludesZero(true);
            // Point names are drawn to the right of and above their points: leave them room inside the plot.
            axis.setUpperMargin(0.15);
        }
        ReadableTicks.apply(c);
        style.apply(c);
        return c;
    }

    public XYSeriesCollection dataset() {
        return dataset;
    }

    /**
     * Replaces every point with one redraw.
     *
     * @param names  channel names, parallel to {@code cac}/{@code clv}
     * @param base   blended baseline (CAC, CLV) or null
     * @param scen   blended scenario (CAC, CLV) or null
     */
    public void update(List<String> names, double[] cac, double[] clv, double[] base, double[] scen) {
        XYPlot plot = chart().getXYPlot();
        plot.setNotify(false);
        try {
            channelNames.clear();
            channelNames.addAll(names);
            channels.clear();
            double maxX = 0;
            double maxY = 0;
            for (int i = 0; i < cac.length; i++) {
                channels.add(cac[i], clv[i], false);
                maxX = Math.max(maxX, cac[i]);
                maxY = Math.max(maxY, clv[i]);
            }
            channels.fireSeriesChanged();
            baseline.clear();
            if (base != null) {
                baseline.add(base[0], base[1]);
                maxX = Math.max(maxX, base[0]);
                maxY = Math.max(maxY, base[1]);
            }
            scenario.clear();
            if (scen != null) {
                scenario.add(scen[0], scen[1]);
                maxX = Math.max(maxX, scen[0]);
                maxY = Math.max(maxY, scen[1]);
            }
            // the axes end about 15 % past the farthest point (their upper margin): names near the right edge go left
            labelSides = PointLabels.sides(cac, clv, maxX * 1.15, maxY * 1.15);
            // The line runs from the origin to where it leaves the points' box (with a margin).
            line.clear();
            double w = maxX * 1.1;
            double h = maxY * 1.1;
            if (w > 0 && h > 0) {
                double x = Math.min(w, h / healthyRatio);
                line.add(0, 0, false);
                line.add(x, x * healthyRatio, false);
                line.fireSeriesChanged();
            }
        } finally {
            plot.setNotify(true);
        }
    }
}
