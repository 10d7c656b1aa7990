package org.funnellab.export;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** Something that draws itself into an area: a chart, a group of cards, a table. */
@FunctionalInterface
public interface Drawing {
    void draw(Graphics2D g, Rectangle2D area);
}
