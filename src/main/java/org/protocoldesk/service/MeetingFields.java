package org.protocoldesk.service;

/**
 * The names of the fields of a logged meeting, as {@link FieldError}s report them. Outcomes and follow-ups are
 * numbered from 0 in the order of the entry: {@code outcome.1.replyDeadline}, {@code followUp.0.due}.
 */
public final class MeetingFields {
    public static final String COUNTERPARTS = "counterparts";
    public static final String DATE = "date";
    public static final String ZONE = "zone";
    public static final String SUMMARY = "summary";

    public static final String TEXT = "text";
    public static final String DIRECTION = "direction";
    public static final String OCCASION = "occasion";
    public static final String INVITER = "inviter";
    public static final String INVITEE = "invitee";
    public static final String PROPOSED_END = "proposedEnd";
    public static final String REPLY_DEADLINE = "replyDeadline";
    public static final String TITLE = "title";
    public static final String VALID_UNTIL = "validUntil";

    public static final String ACTION = "action";
    public static final String OWED_BY = "owedBy";
    public static final String DUE = "due";

    private MeetingFields() {
    }

    public static String outcome(int index, String field) {
        return "outcome." + index + "." + field;
    }

    public static String followUp(int index, String field) {
        return "followUp." + index + "." + field;
    }
}
