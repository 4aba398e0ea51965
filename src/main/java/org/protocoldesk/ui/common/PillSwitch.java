package org.protocoldesk.ui.common;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/**
 * Joined toggle buttons that choose one of a few values ("Month | Week | Day"), kept in step with a property both
 * ways; one is always chosen. Each button's id is {@code prefix-} and the value's name in lower case.
 */
public final class PillSwitch<T extends Enum<T>> extends HBox {

    public PillSwitch(String idPrefix, List<T> values, Function<T, String> label, ObjectProperty<T> chosen) {
        getStyleClass().add("pill-switch");
        setAlignment(Pos.CENTER_RIGHT);
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            ToggleButton button = new ToggleButton(label.apply(value));
            button.setId(idPrefix + "-" + value.name().toLowerCase(Locale.ROOT));
            button.setUserData(value);
            button.setToggleGroup(group);
            button.setSelected(value == chosen.get());
            button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL
                    : i == values.size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((property, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                chosen.set(values.get(group.getToggles().indexOf(now)));
            }
        });
        chosen.addListener((property, was, now) -> group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
    }
}
