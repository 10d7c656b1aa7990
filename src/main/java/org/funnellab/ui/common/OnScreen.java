package org.funnellab.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Window;

import java.util.List;

/** Keeps a window (a dialog) inside the visible area of the screen it is on: never larger, never off an edge. */
public final class OnScreen {
    private OnScreen() {
    }

    /** Shrinks and moves a shown window so it lies within its screen's visual bounds. */
    public static void keep(Window w) {
        if (w == null || Double.isNaN(w.getX()) || Double.isNaN(w.getWidth())) {
            return;
        }
        List<Screen> screens = Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()),
                Math.max(1, w.getHeight()));
        Rectangle2D b = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
        if (w.getWidth() > b.getWidth()) {
            w.setWidth(b.getWidth());
        }
        if (w.getHeight() > b.getHeight()) {
            w.setHeight(b.getHeight());
        }
        w.setX(Math.max(b.getMinX(), Math.min(w.getX(), b.getMaxX() - w.getWidth())));
        w.setY(Math.max(b.getMinY(), Math.min(w.getY(), b.getMaxY() - w.getHeight())));
    }
}
