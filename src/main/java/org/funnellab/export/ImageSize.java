package org.funnellab.export;

import java.util.Locale;

/**
 * The pixel size of an exported picture and how large it is drawn: at scale 2 a 1920×1080 image is laid out as
 * 960×540 points, so its type is twice as large as on screen, and it declares 144 dpi — exactly a 13.33 × 7.5 inch
 * widescreen slide. Vector exports use the layout size ({@link #layoutWidth()} × {@link #layoutHeight()}) in points.
 */
public record ImageSize(int width, int height, double scale) {
    /** A widescreen slide: 1920×1080 pixels, type drawn at 2×. */
    public static final ImageSize SLIDE = new ImageSize(1920, 1080, 2);
    public static final int MAX_SIDE = 10_000;

    public ImageSize {
        if (width < 16 || height < 16 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("size must be between 16 and " + MAX_SIDE + " pixels a side");
        }
        if (!(scale >= 0.5 && scale <= 8)) {
            throw new IllegalArgumentException("scale must be between 0.5 and 8");
        }
    }

    public double layoutWidth() {
        return width / scale;
    }

    public double layoutHeight() {
        return height / scale;
    }

    /** Dots per inch declared in the file: 72 × scale, so the layout size is the printed size in points. */
    public double dpi() {
        return 72 * scale;
    }

    /** Parses {@code 1920x1080} (also with {@code ×} or {@code X}); throws with a plain message otherwise. */
    public static ImageSize parse(String size, double scale) {
        String[] p = size.trim().toLowerCase(Locale.ROOT).replace('×', 'x').split("x");
        if (p.length != 2) {
            throw new IllegalArgumentException("size must read WIDTHxHEIGHT, e.g. 1920x1080");
        }
        try {
            return new ImageSize(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()), scale);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("size must read WIDTHxHEIGHT, e.g. 1920x1080", e);
        }
    }
}
