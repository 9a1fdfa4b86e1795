import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the Teams app icons: two overlapping speech bubbles, one agency's question and another's answer.
 * Run from the project root with {@code java manifest/tools/TeamsIcons.java manifest}; the PNGs are committed,
 * so this is only needed to change them. Shapes are laid out on the 192 px grid of the colour icon,
 * with edges on multiples of 6 so that they fall on whole pixels of the 32 px outline icon.
 */
public class TeamsIcons {

    static final Color ACCENT = new Color(0x2D6A9F); // manifest.json accentColor
    static final Color BACK_BUBBLE = new Color(0xBCD4EA);

    public static void main(String[] args) throws Exception {
        File dir = new File(args.length > 0 ? args[0] : "manifest");
        ImageIO.write(color(), "png", new File(dir, "color.png"));
        ImageIO.write(outline(), "png", new File(dir, "outline.png"));
    }

    static Area bubble(double x, double y, double w, double h, boolean tailLeft) {
        Area area = new Area(new RoundRectangle2D.Double(x, y, w, h, 40, 40));
        Path2D tail = new Path2D.Double();
        if (tailLeft) {
            tail.moveTo(x + 14, y + h - 16);
            tail.lineTo(x + 40, y + h - 2);
            tail.lineTo(x + 6, y + h + 22);
        } else {
            tail.moveTo(x + w - 14, y + h - 16);
            tail.lineTo(x + w - 40, y + h - 2);
            tail.lineTo(x + w - 6, y + h + 22);
        }
        tail.closePath();
        area.add(new Area(tail));
        return area;
    }

    static Area back() {
        return bubble(30, 24, 96, 72, true);
    }

    static Area front() {
        return bubble(66, 72, 96, 72, false);
    }

    /** The back bubble with a gap cut around the front one, so the two read as separate shapes. */
    static Area backWithGap(float gap) {
        Area cut = new Area(new BasicStroke(gap * 2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(front()));
        cut.add(front());
        Area area = back();
        area.subtract(cut);
        return area;
    }

    static Shape dot(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    static Graphics2D smooth(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    static BufferedImage color() {
        BufferedImage image = new BufferedImage(192, 192, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = smooth(image);
        g.setColor(ACCENT);
        g.fillRect(0, 0, 192, 192);
        g.setColor(BACK_BUBBLE);
        g.fill(backWithGap(6));
        g.setColor(Color.WHITE);
        g.fill(front());
        g.setColor(ACCENT);
        for (int i = 0; i < 3; i++) {
            g.fill(dot(90 + i * 24, 108, 7));
        }
        g.dispose();
        return image;
    }

    static BufferedImage outline() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = smooth(image);
        g.transform(AffineTransform.getScaleInstance(32 / 192.0, 32 / 192.0));
        g.setColor(Color.WHITE);
        // Back bubble as a line, front bubble filled: both stay legible at 32 px.
        Area backLine = new Area(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(back()));
        Area cut = new Area(new BasicStroke(24, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(front()));
        cut.add(front());
        backLine.subtract(cut);
        g.fill(backLine);
        g.fill(front());
        g.dispose();
        return image;
    }
}
