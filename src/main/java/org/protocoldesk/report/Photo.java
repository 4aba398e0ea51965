package org.protocoldesk.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.imageio.ImageIO;

/** A counterpart's photo as stored (JPEG, or PNG from older records): its type and its proportions. */
record Photo(byte[] bytes, boolean jpeg, int width, int height) {

    /** The photo, or empty when the bytes are not an image this JDK can read (the bio note then goes without). */
    static Optional<Photo> of(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            return image == null ? Optional.empty()
                    : Optional.of(new Photo(bytes, isJpeg(bytes), image.getWidth(), image.getHeight()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isJpeg(byte[] bytes) {
        return bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
    }

    /** The height that keeps the proportions at {@code width} (in any unit). */
    long heightAt(long width) {
        return width * height / Math.max(1, this.width);
    }
}
