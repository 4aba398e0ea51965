package org.protocoldesk.ui.counterparts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A photo file read and scaled down to a profile picture: at most 320 pixels a side, stored as JPEG. Blocks. */
final class PhotoFiles {
    static final int LONGEST_SIDE = 320;

    private PhotoFiles() {
    }

    static byte[] readScaled(Path file) {
        try {
            BufferedImage source = ImageIO.read(file.toFile());
            if (source == null) {
                throw new IllegalArgumentException(file.getFileName() + " is not an image that can be read "
                        + "(JPEG, PNG, GIF or BMP)");
            }
            double scale = Math.min(1.0, (double) LONGEST_SIDE / Math.max(source.getWidth(), source.getHeight()));
            int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
            BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scaled.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.drawImage(source, 0, 0, width, height, java.awt.Color.WHITE, null);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(scaled, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The photo could not be read", e);
        }
    }
}
