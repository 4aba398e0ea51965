package org.protocoldesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.protocoldesk.model.DocumentKind;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.Party;
import org.protocoldesk.report.ReportTexts;
import org.protocoldesk.report.TalkingPoint;
import org.protocoldesk.store.BriefingData;
import org.protocoldesk.store.DocumentData;
import org.protocoldesk.store.FollowUpData;
import org.protocoldesk.store.InvitationData;
import org.protocoldesk.store.MeetingData;
import org.protocoldesk.store.PersonData;
import org.protocoldesk.store.ProfileData;

/**
 * The talking points the records suggest, each naming the record it came from: our invitations not yet answered,
 * follow-ups we owe or are owed, documents whose implementation is due, the topics raised last time with each
 * counterpart, and counterparts new in post since we last met them.
 */
final class TalkingPointFinder {
    /** A document "is due" when it is a plan or programme, or its validity ends within this many months. */
    private static final int DUE_WITHIN_MONTHS = 12;

    private final ReportWording wording;
    private final ReportTexts texts;

    TalkingPointFinder(ReportWording wording) {
        this.wording = wording;
        this.texts = wording.texts();
    }

    List<TalkingPoint> find(BriefingData data, LocalDate asOf) {
        List<TalkingPoint> points = new ArrayList<>();
        data.pendingInvitations().stream().filter(i -> i.direction() == InvitationDirection.OUTGOING)
                .map(this::outgoingInvitation).forEach(points::add);
        data.openFollowUps().items().stream().map(this::followUp).forEach(points::add);
        data.documentsInForce().items().stream().filter(d -> isDue(d, asOf)).map(this::document).forEach(points::add);
        Map<MeetingData, List<PersonData>> lastMet = new LinkedHashMap<>();
        for (ProfileData profile : data.counterparts()) {
            lastMeetingWith(profile.person(), data.history().items()).ifPresent(last -> {
                lastMet.computeIfAbsent(last, m -> new ArrayList<>()).add(profile.person());
                newInPost(profile.person(), last, asOf).ifPresent(points::add);
            });
        }
        lastMet.forEach((meeting, people) -> topicsRaised(meeting, people).ifPresent(points::add));
        return points;
    }

    /** What they may raise with us: what we owe them, and their invitations awaiting our reply. */
    List<String> likelyRaised(BriefingData data) {
        List<String> items = new ArrayList<>();
        data.openFollowUps().items().stream().filter(f -> f.owedBy() == Party.US)
                .map(f -> texts.get("raise.followUp", f.text())).forEach(items::add);
        data.pendingInvitations().stream().filter(i -> i.direction() == InvitationDirection.INCOMING)
                .map(i -> texts.get("raise.invitation", description(i))).forEach(items::add);
        return items;
    }

    static Optional<MeetingData> lastMeetingWith(PersonData person, List<MeetingData> newestFirst) {
        return newestFirst.stream()
                .filter(m -> m.attendees().stream().anyMatch(a -> a.id() == person.id()))
                .findFirst();
    }

    private TalkingPoint outgoingInvitation(InvitationData invitation) {
        String invitee = ReportWording.firstPresent(invitation.inviteePerson(), invitation.inviteeOrganisation());
        String source = invitation.extendedAtMeeting() == null
                ? texts.get("point.source.invitation", texts.day(invitation.extendedOn()))
                : texts.get("point.source.invitation.atMeeting", texts.day(invitation.extendedOn()),
                invitation.extendedAtMeeting());
        return new TalkingPoint(texts.get("point.invitation.outgoing", invitee, description(invitation),
                texts.day(invitation.extendedOn())), source);
    }

    private String description(InvitationData invitation) {
        return ReportWording.present(invitation.description()) ? invitation.description()
                : texts.label(invitation.occasion());
    }

    private TalkingPoint followUp(FollowUpData followUp) {
        String text = texts.get(followUp.owedBy() == Party.US ? "point.followUp.ours" : "point.followUp.theirs",
                followUp.text());
        String source = followUp.meetingTitle() == null ? texts.get("point.source.followUp.noMeeting")
                : texts.get("point.source.followUp", followUp.meetingTitle(), texts.day(followUp.meetingDate()));
        if (followUp.dueDate() != null) {
            source += texts.get("point.source.followUp.due", texts.day(followUp.dueDate()));
        }
        return new TalkingPoint(text, source);
    }

    private static boolean isDue(DocumentData document, LocalDate asOf) {
        return document.kind() == DocumentKind.PLAN || document.kind() == DocumentKind.PROGRAMME
                || (document.validUntil() != null && document.validUntil().isBefore(asOf.plusMonths(DUE_WITHIN_MONTHS)));
    }

    private TalkingPoint document(DocumentData document) {
        boolean until = document.validUntil() != null;
        return new TalkingPoint(texts.get("point.document", texts.label(document.kind()).toLowerCase(),
                document.title(), until ? 1 : 0, texts.day(document.validUntil())),
                document.concludedOn() == null ? texts.label(document.status())
                        : texts.get("point.source.document", texts.label(document.status()),
                        texts.day(document.concludedOn())));
    }

    /** The topics of a meeting that was the last one with each of {@code people}: one point per meeting. */
    private Optional<TalkingPoint> topicsRaised(MeetingData last, List<PersonData> people) {
        if (last.topics().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TalkingPoint(texts.get("point.topics", texts.day(last.date()), wording.title(last),
                wording.join(last.topics())), texts.get("point.source.meeting",
                wording.join(people.stream().map(ReportWording::formally).toList()))));
    }

    /** The current post began after the last meeting with the person. */
    private Optional<TalkingPoint> newInPost(PersonData person, MeetingData last, LocalDate asOf) {
        return person.postOn(asOf)
                .filter(post -> post.post().from() != null && post.post().from().isAfter(last.date()))
                .map(post -> new TalkingPoint(texts.get("point.newInPost", ReportWording.formally(person),
                        wording.post(post), texts.approximately(post.post().start())),
                        texts.get("point.source.post", post.title(), texts.approximately(post.post().start()))));
    }
}
