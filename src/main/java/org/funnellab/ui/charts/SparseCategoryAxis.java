package org.funnellab.ui.charts;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryTick;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A category axis for slanted labels (months) that labels every k-th category when the labels would overlap — in a
 * narrow chart or under a slide's larger type — always the last (latest) one; every bar stays.
 */
final class SparseCategoryAxis extends CategoryAxis {
    private static final long serialVersionUID = 1L;

    /**
     * Every how many categories a label fits: a slanted label needs a line's height of room across it, and
     * neighbours at {@code spacing} along the axis are {@code spacing × sin(angle)} apart across.
     */
    static int step(double spacing, double lineHeight, double angle) {
        double across = spacing * Math.abs(Math.sin(angle == 0 ? Math.PI / 2 : angle));
        if (!(across > 0)) {
            return 1;
        }
        return Math.max(1, (int) Math.ceil(lineHeight / across));
    }

    /** The data area of the drawing under way: the labels are spaced by it, not by the whole plot's area. */
    private transient Rectangle2D drawing;

    @Override
    public AxisState draw(Graphics2D g2, double cursor, Rectangle2D plotArea, Rectangle2D dataArea,
                          RectangleEdge edge, org.jfree.chart.plot.PlotRenderingInfo plotState) {
        drawing = dataArea;
        try {
            return super.draw(g2, cursor, plotArea, dataArea, edge, plotState);
        } finally {
            drawing = null;
        }
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D area, RectangleEdge edge) {
        List<CategoryTick> ticks = super.refreshTicks(g2, state, area, edge);
        int n = ticks.size();
        if (n < 2) {
            return ticks;
        }
        Rectangle2D data = drawing != null ? drawing : area;
        // the categories share the axis less its margins; each label sits in the middle of its category
        double length = (RectangleEdge.isTopOrBottom(edge) ? data.getWidth() : data.getHeight())
                * (1 - getLowerMargin() - getUpperMargin());
        double angle = getCategoryLabelPositions().getLabelPosition(edge).getAngle();
        int step = step(length / n, g2.getFontMetrics(getTickLabelFont()).getHeight(), angle);
        if (step == 1) {
            return ticks;
        }
        List<CategoryTick> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CategoryTick t = ticks.get(i);
            out.add((n - 1 - i) % step == 0 ? t : new CategoryTick(t.getCategory(), new TextBlock(),
                    t.getLabelAnchor(), t.getRotationAnchor(), t.getAngle()));
        }
        return out;
    }
}
