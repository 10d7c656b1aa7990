package org.funnellab.export;

import java.awt.Color;
import java.util.function.UnaryOperator;

/**
 * Page colours of an export, and the recolouring applied to the body: a chart styled for the dark theme is exported
 * on a light page by mapping its colours to the light theme's ({@code recolour}); identity when none is needed.
 */
public record ExportPalette(Color background, Color text, Color muted, Color rule, UnaryOperator<Color> recolour) {
    public static ExportPalette light(UnaryOperator<Color> recolour) {
        return new ExportPalette(Color.WHITE, new Color(0x1F2328), new Color(0x59636E), new Color(0xD0D7DE), recolour);
    }

    public static ExportPalette dark(UnaryOperator<Color> recolour) {
        return new ExportPalette(new Color(0x0D1117), new Color(0xE6EDF3), new Color(0x9198A1), new Color(0x30363D),
                recolour);
    }

    public static ExportPalette light() {
        return light(UnaryOperator.identity());
    }

    public boolean dark() {
        return background.getRed() + background.getGreen() + background.getBlue() < 3 * 128;
    }
}
