package org.funnellab.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;

/** Colours and type for charts in the light and dark themes, readable on a laptop and on a projector. */
public final class ChartStyle {
    /** Baseline first, then scenarios: a calm grey and strong, colour-blind-safe hues. */
    private static final Color[] SERIES_LIGHT = {
            new Color(0x9AA4AF), new Color(0x2F6FDB), new Color(0xE07A1F), new Color(0x2A9D6F), new Color(0xB8336A)};
    private static final Color[] SERIES_DARK = {
            new Color(0x6E7781), new Color(0x58A6FF), new Color(0xF0883E), new Color(0x3FB950), new Color(0xDB61A2)};

    private final boolean dark;
    private final float scale;
    private final String noDataText;

    public ChartStyle(boolean dark, float fontScale) {
        this(dark, fontScale, null);
    }

    /** {@code noDataText}: what a chart with nothing but zeros says instead of showing made-up ticks (may be null). */
    public ChartStyle(boolean dark, float fontScale, String noDataText) {
        this.dark = dark;
        this.scale = fontScale;
        this.noDataText = noDataText;
    }

    public String noDataText() {
        return noDataText;
    }

    public static ChartStyle light() {
        return new ChartStyle(false, 1f);
    }

    public boolean dark() {
        return dark;
    }

    public Paint series(int i) {
        Color[] c = dark ? SERIES_DARK : SERIES_LIGHT;
        return c[i % c.length];
    }

    public Color text() {
        return dark ? new Color(0xE6EDF3) : new Color(0x1F2328);
    }

    public Color background() {
        return dark ? new Color(0x0D1117) : Color.WHITE;
    }

    public Color grid() {
        return dark ? new Color(0x30363D) : new Color(0xD8DEE4);
    }

    /**
     * Maps this theme's colours to the light theme's (background, text, grid, series), so a chart drawn for the
     * dark theme can be exported on a light page; identity in the light theme.
     */
    public java.util.function.UnaryOperator<Color> toLight() {
        if (!dark) {
            return c -> c;
        }
        ChartStyle light = new ChartStyle(false, scale);
        java.util.Map<Integer, Color> map = new java.util.HashMap<>();
        map.put(background().getRGB(), light.background());
        map.put(text().getRGB(), light.text());
        map.put(grid().getRGB(), light.grid());
        for (int i = 0; i < SERIES_DARK.length; i++) {
            map.put(SERIES_DARK[i].getRGB(), SERIES_LIGHT[i]);
        }
        // the unknown-target grey of the dark theme (see TargetSplitChart) is series 0's
        return c -> {
            Color m = map.get(c.getRGB() | 0xFF000000);
            return m == null ? c : new Color(m.getRed(), m.getGreen(), m.getBlue(), c.getAlpha());
        };
    }

    public Font font(float size, boolean bold) {
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, Math.round(size * scale));
    }

    /** Applies background, fonts and grid colours to a whole chart. */
    public void apply(JFreeChart chart) {
        chart.setBackgroundPaint(background());
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(font(15, true));
            title.setPaint(text());
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(12, false));
            legend.setItemPaint(text());
            legend.setBackgroundPaint(background());
            legend.setFrame(new org.jfree.chart.block.BlockBorder(background()));
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(background());
        plot.setOutlineVisible(false);
        if (plot instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(grid());
            cp.setRangeGridlineStroke(new BasicStroke(1f));
            axis(cp.getDomainAxis());
            axis(cp.getRangeAxis());
        } else if (plot instanceof XYPlot xp) {
            xp.setRangeGridlinePaint(grid());
            xp.setDomainGridlinePaint(grid());
            axis(xp.getDomainAxis());
            axis(xp.getRangeAxis());
        }
    }

    private void axis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(font(12, false));
        axis.setLabelPaint(text());
        axis.setTickLabelFont(font(12, false));
        axis.setTickLabelPaint(text());
        axis.setAxisLinePaint(grid());
        axis.setTickMarkPaint(grid());
    }
}
