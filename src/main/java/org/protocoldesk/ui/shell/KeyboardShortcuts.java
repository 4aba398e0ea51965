package org.protocoldesk.ui.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.Mnemonic;

/**
 * The keyboard shortcuts of a window, read from its scene when asked, so that the list in Help → Keyboard shortcuts
 * is always the one the window has: every accelerator (a menu item's says its menu and name; any other needs the
 * words given with {@link #register}) and every Alt+letter mnemonic, named by the control it moves to.
 */
public final class KeyboardShortcuts {
    /** What {@link #of} says of an accelerator registered without words: the test of the list looks for it. */
    public static final String UNDESCRIBED = "(no description)";
    private static final KeyCombination MENU_BAR_KEY = new KeyCodeCombination(KeyCode.F10);
    private static final String DESCRIPTIONS = KeyboardShortcuts.class.getName() + ".descriptions";

    /** One line of the list: the keys as the platform writes them, and what they do. */
    public record Shortcut(String keys, String action) {
    }

    private KeyboardShortcuts() {
    }

    /** Adds a shortcut that is no menu item's to {@code scene}, with the words the list shows for it. */
    public static void register(Scene scene, KeyCombination keys, String action, Runnable run) {
        scene.getAccelerators().put(keys, run);
        descriptions(scene).put(keys, action);
    }

    /**
     * Adds the shortcut to the scene of {@code screen} while the screen is in one, and takes it away when the screen
     * leaves it: keys that act on what a screen shows, listed only while it shows.
     */
    public static void registerWhileShown(Node screen, KeyCombination keys, String action, Runnable run) {
        screen.sceneProperty().addListener((property, was, now) -> {
            if (was != null) {
                was.getAccelerators().remove(keys);
                descriptions(was).remove(keys);
            }
            if (now != null) {
                register(now, keys, action, run);
            }
        });
        if (screen.getScene() != null) {
            register(screen.getScene(), keys, action, run);
        }
    }

    /** The accelerators of {@code scene}, menu items' first in menu order, then its mnemonics. */
    public static List<Shortcut> of(Scene scene) {
        Map<KeyCombination, String> described = new LinkedHashMap<>();
        List<MenuBar> menuBars = menuBars(scene.getRoot());
        menuBars.forEach(bar -> bar.getMenus().forEach(menu -> addMenuItems(menu, "", described)));
        if (!menuBars.isEmpty()) {
            described.put(MENU_BAR_KEY, "Go to the menu bar"); // the menu bar's own accelerator
        }
        described.putAll(descriptions(scene));
        List<Shortcut> shortcuts = new ArrayList<>();
        described.keySet().retainAll(scene.getAccelerators().keySet());
        described.forEach((keys, action) -> shortcuts.add(new Shortcut(keys.getDisplayText(), action)));
        scene.getAccelerators().keySet().stream().filter(keys -> !described.containsKey(keys))
                .forEach(keys -> shortcuts.add(new Shortcut(keys.getDisplayText(), UNDESCRIBED)));
        scene.getMnemonics().forEach((keys, mnemonics) -> shortcuts.add(new Shortcut(mnemonicKeys(keys, mnemonics),
                "Go to " + mnemonicTargets(mnemonics))));
        return shortcuts;
    }

    private static void addMenuItems(Menu menu, String path, Map<KeyCombination, String> described) {
        String here = path + withoutMnemonic(menu.getText()) + " → ";
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                addMenuItems(sub, here, described);
            } else if (!(item instanceof SeparatorMenuItem) && item.getAccelerator() != null) {
                described.putIfAbsent(item.getAccelerator(), here + withoutMnemonic(item.getText()));
            }
        }
    }

    private static List<MenuBar> menuBars(Node node) {
        List<MenuBar> bars = new ArrayList<>();
        if (node instanceof MenuBar bar) {
            bars.add(bar);
        } else if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> bars.addAll(menuBars(child)));
        }
        return bars;
    }

    /** A mnemonic's combination writes only its modifier: the letter is the one underlined in its control's text. */
    private static String mnemonicKeys(KeyCombination keys, List<Mnemonic> mnemonics) {
        String text = keys.getDisplayText();
        if (!text.endsWith("+")) {
            return text;
        }
        return mnemonics.stream().map(Mnemonic::getNode).filter(Labeled.class::isInstance)
                .map(node -> ((Labeled) node).getText()).filter(t -> t != null && t.matches("(?s).*_\\S.*"))
                .map(t -> text + Character.toUpperCase(t.charAt(t.indexOf('_') + 1))).findFirst().orElse(text);
    }

    private static String mnemonicTargets(List<Mnemonic> mnemonics) {
        return String.join(", ", mnemonics.stream().map(Mnemonic::getNode).map(KeyboardShortcuts::name)
                .filter(Objects::nonNull).distinct().toList());
    }

    /** A menu's title shows as a labelled button in the menu bar; other controls by their text. */
    private static String name(Node node) {
        String text = node instanceof Labeled labeled ? withoutMnemonic(labeled.getText()) : node.getId();
        return text == null ? null : text + (node.getStyleClass().contains("menu") ? " menu" : "");
    }

    private static String withoutMnemonic(String text) {
        return text == null ? null : text.replaceFirst("_(?=.)", "");
    }

    @SuppressWarnings("unchecked")
    private static Map<KeyCombination, String> descriptions(Scene scene) {
        return (Map<KeyCombination, String>) scene.getProperties().computeIfAbsent(DESCRIPTIONS, key -> new LinkedHashMap<>());
    }
}
