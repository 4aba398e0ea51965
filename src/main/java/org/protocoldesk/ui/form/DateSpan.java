package org.protocoldesk.ui.form;

import java.util.Optional;
import org.protocoldesk.model.ApproximateDate;
import org.protocoldesk.model.DatePrecision;
import org.protocoldesk.ui.common.ApproximateDates;

/**
 * The dates of a trip or an event as a form edits them: From (required) and To (blank for a single day, month or
 * year), each known to the day, the month ("Sep 2024") or the year, both to the same precision (the record keeps
 * one), the end not before the start. Fields {@code start} and {@code end}.
 */
public final class DateSpan {
    private final Fields fields;
    final FormField<String> from;
    final FormField<String> to;

    public DateSpan(Fields fields) {
        this.fields = fields;
        from = fields.text("start", "From").check(Checks::required).check(Checks::approximateDate);
        to = fields.text("end", "To").check(Checks::approximateDate);
        to.check(() -> Checks.endNotBefore(from.valueProperty(), to.get()), from.valueProperty());
        to.check(this::samePrecision, from.valueProperty());
        fields.alsoNamed("date", from);
    }

    private String samePrecision() {
        Optional<ApproximateDate> start = Checks.parseApproximate(from.get());
        Optional<ApproximateDate> end = Checks.parseApproximate(to.get());
        return start.isPresent() && end.isPresent() && start.get().precision() != end.get().precision()
                ? "Write it as precisely as From: a day, a month (Sep 2024) or a year." : null;
    }

    /** Shows the span; nothing for a new record. */
    public void load(ApproximateDate start, ApproximateDate end) {
        fields.load(from, ApproximateDates.of(start));
        fields.load(to, end == null || end.equals(start) ? "" : ApproximateDates.of(end));
    }

    /** The first date, as far as it is known; call once the fields are valid. */
    public ApproximateDate start() {
        return Checks.parseApproximate(from.get()).orElseThrow();
    }

    /** The last date, the first when To is blank; call once the fields are valid. */
    public ApproximateDate end() {
        return Checks.parseApproximate(to.get()).orElse(start());
    }

    public DatePrecision precision() {
        return start().precision();
    }

    public FormField<String> from() {
        return from;
    }

    public FormField<String> to() {
        return to;
    }
}
