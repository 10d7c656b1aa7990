package org.funnellab.ui.charts;

import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.ui.TextAnchor;

/**
 * Where a scatter point's name goes: right of the point, left of it near the right edge (it would be cut there), and
 * above it when another point sits just to the right at about the same height (they would print over each other).
 */
final class PointLabels {
    static final int RIGHT = 0;
    static final int LEFT = 1;
    static final int ABOVE = 2;
    private static final ItemLabelPosition LABEL_RIGHT =
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);
    private static final ItemLabelPosition LABEL_LEFT =
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT);
    private static final ItemLabelPosition LABEL_ABOVE =
            new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER);

    private PointLabels() {
    }

    /** The side of each point's name for points (cac[i], clv[i]) on axes that end at xMax and yMax. */
    static int[] sides(double[] cac, double[] clv, double xMax, double yMax) {
        int[] sides = new int[cac.length];
        for (int i = 0; i < cac.length; i++) {
            if (cac[i] > xMax * 0.75) {
                sides[i] = LEFT;
                continue;
            }
            for (int j = 0; j < cac.length; j++) {
                double dx = cac[j] - cac[i];
                if (j != i && dx >= 0 && dx < xMax * 0.2 && Math.abs(clv[j] - clv[i]) < yMax * 0.06) {
                    sides[i] = ABOVE;
                    break;
                }
            }
        }
        return sides;
    }

    /** The renderer's label position for a side. */
    static ItemLabelPosition position(int side) {
        return switch (side) {
            case LEFT -> LABEL_LEFT;
            case ABOVE -> LABEL_ABOVE;
            default -> LABEL_RIGHT;
        };
    }
}
