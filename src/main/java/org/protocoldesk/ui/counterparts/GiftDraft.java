package org.protocoldesk.ui.counterparts;

import static org.protocoldesk.ui.form.Fields.textOrNull;

import org.protocoldesk.model.Gift;
import org.protocoldesk.model.GiftDirection;
import org.protocoldesk.ui.form.Checks;
import org.protocoldesk.ui.form.ChildList;
import org.protocoldesk.ui.form.Fields;
import org.protocoldesk.ui.form.FormField;

/** The row under a person's gifts where a gift given or received is written before it is added. */
final class GiftDraft {
    final Fields fields = new Fields();
    final FormField<GiftDirection> direction = fields.<GiftDirection>choice("gift-direction", "Gift")
            .check(Checks::requiredChoice);
    final FormField<String> description = fields.text("gift-description", "Description")
            .check(Checks::required).check(Checks::line);
    final FormField<String> givenOn = fields.dateText("gift-on", "On");
    final FormField<String> occasion = fields.text("gift-occasion", "Occasion").check(Checks::line);
    private final ChildList<Gift> gifts;

    GiftDraft(ChildList<Gift> gifts) {
        this.gifts = gifts;
    }

    boolean add() {
        if (!fields.revealAll()) {
            return false;
        }
        gifts.add(new Gift(direction.get(), textOrNull(description), Checks.parse(givenOn.get()).orElse(null),
                textOrNull(occasion)));
        clear();
        return true;
    }

    void clear() {
        fields.load(direction, GiftDirection.GIVEN);
        fields.load(description, "");
        fields.load(givenOn, "");
        fields.load(occasion, "");
    }
}
