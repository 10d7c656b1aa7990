import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Draws FunnelLab's icon (a funnel of three bars over a coin, on a blue rounded square) at the sizes the window and
 * the installers use, so no image comes from outside the project. Run from the project folder after changing it:
 * {@code java installer/IconMaker.java} — it rewrites src/main/resources/org/funnellab/ui/icon/icon-N.png.
 */
public final class IconMaker {
    static final int[] SIZES = {16, 32, 48, 64, 128, 256, 512};

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/org/funnellab/ui/icon");
        Files.createDirectories(dir);
        for (int size : SIZES) {
            ImageIO.write(draw(size), "png", dir.resolve("icon-" + size + ".png").toFile());
        }
        System.out.println("icons written to " + dir);
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size / 100.0;
        // Background: a rounded square, deep blue to lighter blue.
        g.setPaint(new GradientPaint(0, 0, new Color(0x1F4E9C), 0, size, new Color(0x2F80ED)));
        g.fill(new RoundRectangle2D.Double(2 * s, 2 * s, 96 * s, 96 * s, 22 * s, 22 * s));
        // The funnel: three bars, each narrower than the one above.
        Color[] bars = {new Color(0xFFFFFF), new Color(0xDCE9FB), new Color(0xB9D3F7)};
        double[][] rows = {{14, 16, 72}, {24, 36, 52}, {34, 56, 32}};
        for (int i = 0; i < rows.length; i++) {
            g.setColor(bars[i]);
            g.fill(new RoundRectangle2D.Double(rows[i][0] * s, rows[i][1] * s, rows[i][2] * s, 14 * s, 6 * s, 6 * s));
        }
        // What comes out: a green coin.
        g.setColor(new Color(0x27AE60));
        g.fill(new Ellipse2D.Double(39 * s, 74 * s, 22 * s, 22 * s));
        if (size >= 32) {
            g.setColor(new Color(0xE8F8EE));
            g.setStroke(new BasicStroke((float) Math.max(1, 2.4 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.drawLine((int) Math.round(50 * s), (int) Math.round(79 * s), (int) Math.round(50 * s), (int) Math.round(91 * s));
        }
        g.dispose();
        return img;
    }
}
