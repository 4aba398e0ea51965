package org.protocoldesk.ui.counterparts;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.protocoldesk.model.GiftDirection;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.RecordKind;
import org.protocoldesk.ui.common.EnumLabels;
import org.protocoldesk.ui.common.LinksView;
import org.protocoldesk.ui.common.SearchText;
import org.protocoldesk.ui.form.Checks;
import org.protocoldesk.ui.form.ChildListEditor;
import org.protocoldesk.ui.form.FormBuilder;
import org.protocoldesk.ui.form.RecordPane;
import org.protocoldesk.ui.form.TextListEditor;
import org.protocoldesk.ui.organisations.OrganisationTexts;

/** The counterpart's profile beside the list, edited in place. Ids start {@code counterpart-}. */
public final class CounterpartPane {
    private static final String ID = "counterpart";
    private final RecordPane pane;
    private final ImageView thumbnail = new ImageView();
    private Consumer<Path> onPhotoFile = path -> { };

    public CounterpartPane(CounterpartForm form, LinksView links) {
        FormBuilder b = new FormBuilder(ID);
        b.section("Name");
        b.text(form.honorific).setPromptText("e.g. H.E.");
        b.text(form.fullName).setPromptText("As written, e.g. Kamran Aliyev");
        b.text(form.givenName);
        b.text(form.familyName);
        TextListEditor spellings = new TextListEditor(form.otherSpellings, "Another spelling or transliteration, Enter");
        b.row(form.otherSpellings.key(), form.otherSpellings.label(), spellings);
        spellings.entry().setId(ID + "-other-spelling-entry");

        b.section("Forms of address");
        b.text(form.written).setPromptText("e.g. His Excellency Mr Kamran Aliyev");
        b.text(form.salutation).setPromptText("e.g. Your Excellency");
        b.text(form.spoken);
        b.text(form.pronunciation);

        b.section("Country and languages");
        b.picker(form.country, form.countries().all(), c -> c.name());
        TextListEditor languages = new TextListEditor(form.languages, "A language, most fluent first, Enter");
        b.row(form.languages.key(), form.languages.label(), languages);
        languages.entry().setId(ID + "-language-entry");
        b.flag(form.interpreterNeeded);

        b.section("Posts");
        b.row(form.posts.key(), form.posts.label(), postsEditor(form));

        b.section("Personal");
        b.date(form.birthDate);
        b.text(form.birthPlace);
        b.text(form.spouse);
        b.row(form.photo.key(), form.photo.label(), photo(form));
        b.area(form.biography, 4);

        b.section("Protocol");
        b.area(form.protocolNotes, 3);
        b.area(form.dietary, 2);
        b.area(form.sensitivities, 2);
        b.area(form.preferences, 2);
        b.row(form.gifts.key(), form.gifts.label(), giftsEditor(form));

        b.section("Contact");
        b.text(form.assistant);
        b.text(form.email);
        b.text(form.phone);

        b.section("Profile");
        b.text(form.profileSource).setPromptText("Where this profile comes from");
        b.date(form.profileAsOf);

        b.section("What links here");
        b.row("links", "Linked", links.following(RecordKind.COUNTERPART, form.recordProperty(), Person::id));

        pane = new RecordPane(ID, form, form.title(), b.build());
    }

    private ChildListEditor<?> postsEditor(CounterpartForm form) {
        ChildListEditor<org.protocoldesk.model.Post> editor = new ChildListEditor<>(form.posts, form::describe);
        PostDraft draft = form.postDraft;
        FormBuilder b = new FormBuilder(ID);
        b.picker(draft.organisation, form.organisations().all(), OrganisationTexts::nameAndShortName);
        b.text(draft.title).setPromptText("e.g. Prosecutor General");
        b.date(draft.from);
        b.date(draft.to);
        Button add = new Button("Add post");
        add.setId(ID + "-add-post");
        add.setOnAction(event -> draft.add());
        Button end = new Button("End selected post on To");
        end.setId(ID + "-end-post");
        end.disableProperty().bind(editor.list().getSelectionModel().selectedIndexProperty().lessThan(0));
        end.setOnAction(event -> draft.end(editor.selected()));
        editor.withEditor(new VBox(4, b.build(), new HBox(8, add, end)));
        return editor;
    }

    private ChildListEditor<?> giftsEditor(CounterpartForm form) {
        ChildListEditor<org.protocoldesk.model.Gift> editor = new ChildListEditor<>(form.gifts,
                gift -> SearchText.joined(" · ", EnumLabels.of(gift.direction()), gift.description(),
                        gift.occasion(), Checks.format(gift.givenOn())));
        GiftDraft draft = form.giftDraft;
        FormBuilder b = new FormBuilder(ID);
        ComboBox<GiftDirection> direction = b.choice(draft.direction,
                FXCollections.observableArrayList(GiftDirection.values()), EnumLabels::of);
        direction.setMaxWidth(160);
        b.text(draft.description);
        b.date(draft.givenOn);
        b.text(draft.occasion);
        Button add = new Button("Add gift");
        add.setId(ID + "-add-gift");
        add.setOnAction(event -> draft.add());
        editor.withEditor(new VBox(4, b.build(), add));
        return editor;
    }

    private HBox photo(CounterpartForm form) {
        thumbnail.setFitWidth(96);
        thumbnail.setFitHeight(96);
        thumbnail.setPreserveRatio(true);
        Label none = new Label("No photo.\nDrop an image here.");
        none.getStyleClass().add("photo-placeholder");
        StackPane frame = new StackPane(none, thumbnail);
        frame.getStyleClass().add("photo-frame");
        frame.setId(ID + "-photo-frame");
        none.visibleProperty().bind(form.photo.valueProperty().isNull());
        form.photo.valueProperty().addListener((p, was, now) -> showPhoto(now));
        frame.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        frame.setOnDragDropped(event -> {
            boolean dropped = event.getDragboard().hasFiles() && !event.getDragboard().getFiles().isEmpty();
            if (dropped) {
                onPhotoFile.accept(event.getDragboard().getFiles().get(0).toPath());
            }
            event.setDropCompleted(dropped);
            event.consume();
        });
        Button choose = new Button("Choose…");
        choose.setId(ID + "-choose-photo");
        choose.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Photo of the counterpart");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Images", "*.jpg", "*.jpeg",
                    "*.png", "*.gif", "*.bmp"));
            File file = chooser.showOpenDialog(frame.getScene().getWindow());
            if (file != null) {
                onPhotoFile.accept(file.toPath());
            }
        });
        Button remove = new Button("Remove");
        remove.setId(ID + "-remove-photo");
        remove.disableProperty().bind(form.photo.valueProperty().isNull());
        remove.setOnAction(event -> form.photo.set(null));
        HBox row = new HBox(12, frame, new VBox(6, choose, remove));
        return row;
    }

    private void showPhoto(byte[] bytes) {
        thumbnail.setImage(bytes == null ? null : new Image(new ByteArrayInputStream(bytes)));
    }

    /** What to do with an image file chosen or dropped: read and scale it off the FX thread. */
    void setOnPhotoFile(Consumer<Path> handler) {
        onPhotoFile = handler;
    }

    public RecordPane node() {
        return pane;
    }
}
