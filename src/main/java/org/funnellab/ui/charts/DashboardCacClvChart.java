package org.funnellab.ui.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * CAC (x) against CLV (y) per channel, each point named, with the line CLV = 3 × CAC: channels above it are
 * healthy (LTV:CAC ≥ 3). The subtitle (lines split at '\n') names the CLV assumptions.
 */
public final class DashboardCacClvChart extends FxChart {
    /** The healthy LTV:CAC, drawn as a line. */
    public static final double HEALTHY_RATIO = 3.0;
    private final List<TextTitle> subtitles = new java.util.ArrayList<>();
    private final ChartStyle style;

    private final XYSeries points;
    private final XYSeries line;
    private final TextTable texts = new TextTable();
    private final List<String> names = new ArrayList<>();
    /** Per point: where its name goes ({@link PointLabels}). */
    private int[] labelSides = new int[0];
    private final NumberAxis x;
    private final NumberAxis y;

    public DashboardCacClvChart(String title, String subtitle, String cacAxis, String clvAxis, String pointsName,
                       String lineName, NumberFormat moneyFormat, ChartStyle style) {
        points = new XYSeries(pointsName, false, true);
        line = new XYSeries(lineName, true, true);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(points);
        data.addSeries(line);
        JFreeChart c = ChartFactory.createXYLineChart(title, cacAxis, clvAxis, data, PlotOrientation.VERTICAL,
                true, true, false);
        XYPlot plot = c.getXYPlot();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer() {
            @Override
            public ItemLabelPosition getPositiveItemLabelPosition(int series, int item) {
                if (series == 0 && item < labelSides.length) {
                    return PointLabels.position(labelSides[item]);
                }
                return super.getPositiveItemLabelPosition(series, item);
            }
        };
        r.setSeriesLinesVisible(0, false);
        r.setSeriesShapesVisible(0, true);
        r.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        r.setSeriesPaint(0, style.series(1));
        r.setSeriesLinesVisible(1, true);
        r.setSeriesShapesVisible(1, false);
        r.setSeriesPaint(1, style.series(2));
        r.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 4f}, 0f));
        r.setDefaultToolTipGenerator(texts);
        XYItemLabelGenerator pointNames = (d, s, i) -> s == 0 && i < names.size() ? names.get(i) : null;
        r.setSeriesItemLabelGenerator(0, pointNames);
        r.setSeriesItemLabelsVisible(0, true);
        r.setItemLabelAnchorOffset(7);
        r.setSeriesItemLabelFont(0, style.font(11, false));
        r.setSeriesItemLabelPaint(0, style.text());
        plot.setRenderer(r);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        x.setNumberFormatOverride(moneyFormat);
        y.setNumberFormatOverride(moneyFormat);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        this.x = x;
        this.y = y;
        this.style = style;
        addSubtitles(c, subtitle);
        init(c, style);
    }

    /** One title per line: JFreeChart's own wrapping measured Cyrillic too narrow and clipped both ends. */
    private void addSubtitles(JFreeChart c, String subtitle) {
        for (String line : subtitle.split("\n")) {
            TextTitle sub = new TextTitle(line, style.font(11, false));
            sub.setPaint(style.text());
            c.addSubtitle(sub);
            subtitles.add(sub);
        }
    }

    /** Replaces the subtitle (the CLV assumptions and cost settings it names changed). */
    public void setSubtitle(String subtitle) {
        batch(() -> {
            subtitles.forEach(t -> chart().removeSubtitle(t));
            subtitles.clear();
            addSubtitles(chart(), subtitle);
        });
    }

    /** The subtitle's lines as drawn. */
    public List<String> subtitleLines() {
        return subtitles.stream().map(TextTitle::getText).toList();
    }

    /** Replaces the points: channel i at ({@code cac[i]}, {@code clv[i]}) with a tooltip. */
    public void update(List<String> channels, double[] cac, double[] clv, List<String> tooltips) {
        batch(() -> {
            points.clear();
            line.clear();
            texts.clear();
            names.clear();
            double maxX = 0;
            double maxY = 0;
            for (int i = 0; i < channels.size(); i++) {
                points.add(cac[i], clv[i]);
                names.add(channels.get(i));
                texts.put(0, i, tooltips.get(i));
                maxX = Math.max(maxX, cac[i]);
                maxY = Math.max(maxY, clv[i]);
            }
            // Fixed ranges with room for the names right of the points; the 3:1 line runs to the plot's edge and is
            // clipped there rather than stretching the CLV axis.
            double xMax = maxX > 0 ? maxX * 1.3 : 1;
            double yMax = maxY > 0 ? maxY * 1.12 : 1;
            x.setRange(-xMax * 0.03, xMax);
            y.setRange(-yMax * 0.03, yMax);
            labelSides = PointLabels.sides(cac, clv, xMax, yMax);
            if (!channels.isEmpty()) {
                line.add(0, 0);
                line.add(xMax, xMax * HEALTHY_RATIO);
            }
        });
    }

    /** Where point i's name is drawn, as last laid out (see {@link PointLabels#sides}). */
    int labelSide(int i) {
        return labelSides[i];
    }

    public XYSeries points() {
        return points;
    }

    public XYSeries line() {
        return line;
    }
}
