package org.protocoldesk.ui.shell;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** The app's icon: in the window's title bar and task switcher, beside the name in the rail, in About. */
public final class AppIcon {
    private static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private AppIcon() {
    }

    /** Every size of the icon, for the window. Reads them at once: call it off the FX thread. */
    public static List<Image> windowIcons() {
        return SIZES.stream().map(size -> new Image(url(size))).toList();
    }

    /** The icon drawn {@code size} pixels wide, from a larger image so that it stays sharp; loads in the background. */
    static ImageView view(int size) {
        int source = SIZES.stream().filter(s -> s >= size * 2).findFirst().orElse(SIZES.get(SIZES.size() - 1));
        ImageView view = new ImageView(new Image(url(source), true));
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setSmooth(true);
        return view;
    }

    private static String url(int size) {
        String path = "/org/protocoldesk/icons/protocol-desk-" + size + ".png";
        URL url = Objects.requireNonNull(AppIcon.class.getResource(path), path + " is missing from the build");
        return url.toExternalForm();
    }
}
