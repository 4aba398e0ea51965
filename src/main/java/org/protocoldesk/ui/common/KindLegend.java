package org.protocoldesk.ui.common;

import java.util.Locale;
import java.util.function.Function;
import javafx.collections.ObservableSet;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A legend of kinds, each in its colour and with its icon, that also filters: switching an entry off takes its kind
 * out of {@code shown}. An entry's id is {@code prefix-kind-name}, its style class {@code kind-name} (the colour).
 */
public final class KindLegend<K extends Enum<K>> extends HBox {

    public KindLegend(String idPrefix, Class<K> kinds, Function<K, Ikon> icon, ObservableSet<K> shown) {
        getStyleClass().add("kind-legend");
        setAlignment(Pos.CENTER_LEFT);
        for (K kind : kinds.getEnumConstants()) {
            ToggleButton entry = new ToggleButton(EnumLabels.of(kind), new FontIcon(icon.apply(kind)));
            entry.setId(idPrefix + "-" + styleClass(kind));
            entry.getStyleClass().addAll("calendar-legend", styleClass(kind));
            entry.setMinWidth(Region.USE_PREF_SIZE);
            entry.setSelected(shown.contains(kind));
            entry.selectedProperty().addListener((property, was, now) -> {
                if (now) {
                    shown.add(kind);
                } else {
                    shown.remove(kind);
                }
            });
            getChildren().add(entry);
        }
    }

    /** {@code kind-trip}, {@code kind-reply-deadline}: the style class that gives a kind its colour. */
    public static String styleClass(Enum<?> kind) {
        return "kind-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
