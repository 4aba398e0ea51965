package org.protocoldesk.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** A picture of a node as the test left it, all of it even where scrolled out of view, written as PNG. */
final class FormShot {
    private FormShot() {
    }

    static void save(Node node, Path file) {
        try {
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            PixelReader pixels = image.getPixelReader();
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    out.setRGB(x, y, pixels.getArgb(x, y));
                }
            }
            Files.createDirectories(file.getParent());
            ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("No picture of the scene", e);
        }
    }
}
