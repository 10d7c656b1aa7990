package org.funnellab.app;

import java.util.List;

/**
 * Where the main window opens: the remembered bounds when they still lie on a screen (shrunk to fit it), otherwise
 * the preferred size centred on the primary screen — or maximised when that screen's visible area is smaller than
 * the preferred size. Never larger than the visible area (the screen minus task bars and docks).
 */
final class WindowPlacement {
    /** The size the window asks for when nothing is remembered and the screen has room. */
    static final double PREFERRED_WIDTH = 1360;
    static final double PREFERRED_HEIGHT = 860;
    /** How much of a remembered window must still be visible on some screen to reuse its position. */
    private static final double MIN_VISIBLE = 120;

    private WindowPlacement() {
    }

    /** A rectangle in screen coordinates. */
    record Rect(double x, double y, double width, double height) {
        double maxX() {
            return x + width;
        }

        double maxY() {
            return y + height;
        }

        double overlap(Rect o) {
            double w = Math.min(maxX(), o.maxX()) - Math.max(x, o.x);
            double h = Math.min(maxY(), o.maxY()) - Math.max(y, o.y);
            return w <= 0 || h <= 0 ? 0 : Math.min(w, h);
        }
    }

    /** The result: bounds to set, then maximise or not. */
    record Placement(Rect bounds, boolean maximized) {
    }

    /**
     * @param screens  the visible areas of all screens, the primary first
     * @param saved    the remembered bounds, or null
     * @param savedMax whether the window was maximised when it closed
     */
    static Placement place(List<Rect> screens, Rect saved, boolean savedMax) {
        Rect primary = screens.get(0);
        if (saved != null && saved.width() > 0 && saved.height() > 0) {
            for (Rect s : screens) {
                if (saved.overlap(s) >= MIN_VISIBLE) {
                    return new Placement(fit(saved, s), savedMax);
                }
            }
        }
        boolean small = primary.width() < PREFERRED_WIDTH || primary.height() < PREFERRED_HEIGHT;
        double w = Math.min(PREFERRED_WIDTH, primary.width());
        double h = Math.min(PREFERRED_HEIGHT, primary.height());
        Rect centred = new Rect(primary.x() + (primary.width() - w) / 2, primary.y() + (primary.height() - h) / 2,
                w, h);
        return new Placement(centred, small || (saved != null && savedMax));
    }

    /** {@code r} shrunk to {@code screen}'s size and moved inside it. */
    static Rect fit(Rect r, Rect screen) {
        double w = Math.min(r.width(), screen.width());
        double h = Math.min(r.height(), screen.height());
        double x = Math.max(screen.x(), Math.min(r.x(), screen.maxX() - w));
        double y = Math.max(screen.y(), Math.min(r.y(), screen.maxY() - h));
        return new Rect(x, y, w, h);
    }
}
