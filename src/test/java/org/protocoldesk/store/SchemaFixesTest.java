package org.protocoldesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.protocoldesk.store.generated.Tables.DOCUMENT_PARTY;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.protocoldesk.model.ApproximateDate;
import org.protocoldesk.model.DatePrecision;
import org.protocoldesk.model.Document;
import org.protocoldesk.model.DocumentKind;
import org.protocoldesk.model.DocumentStatus;
import org.protocoldesk.model.Event;
import org.protocoldesk.model.Invitation;
import org.protocoldesk.model.InvitationDirection;
import org.protocoldesk.model.InvitationOccasion;
import org.protocoldesk.model.InvitationStatus;
import org.protocoldesk.model.InvitationSummary;
import org.protocoldesk.model.Organisation;
import org.protocoldesk.model.OrganisationKind;
import org.protocoldesk.model.Person;
import org.protocoldesk.model.Post;
import org.protocoldesk.model.Side;
import org.protocoldesk.model.Trip;
import org.protocoldesk.model.TripStatus;

/** The schema defects found in review (issue 5), each with the behaviour that was wrong. */
class SchemaFixesTest extends StoreTestSupport {
    @Test
    void deletingTheOnlyInviterKeepsTheInvitationReadable() {
        long inviter = data.write(s -> ReferencedRows.person(s, Side.THEIRS, "Mohammad Movahedi-Azad"));
        long invitee = data.write(s -> s.organisations().insert(new Organisation(null, "Our office", null,
                OrganisationKind.PROSECUTORS_OFFICE, null, null)).id());
        long id = data.write(s -> s.invitations().insert(new Invitation(null, InvitationDirection.INCOMING,
                InvitationOccasion.OFFICIAL_VISIT, null, inviter, null, null, invitee, null, null, null, null, null,
                null, null, InvitationStatus.PENDING, null, null, null)).id());

        data.writeAll(s -> s.persons().delete(inviter));

        Invitation found = data.read(s -> s.invitations().find(id)).orElseThrow();
        assertThat(found.inviterPersonId()).isNull();
        assertThat(found.inviterName()).isEqualTo("Mohammad Movahedi-Azad");
        assertThat(data.read((Stores s) -> s.invitations().summaries())).extracting(InvitationSummary::invitation)
                .extracting(Invitation::id).containsExactly(id);
    }

    @Test
    void deletingTheOnlyInviteeOrganisationKeepsItsName() {
        long inviter = data.write(s -> ReferencedRows.person(s, Side.OURS, "Kamran Aliyev"));
        long invitee = data.write(s -> s.organisations().insert(new Organisation(null, "IAP", null,
                OrganisationKind.INTERNATIONAL_ORGANISATION, null, null)).id());
        long id = data.write(s -> s.invitations().insert(new Invitation(null, InvitationDirection.OUTGOING,
                InvitationOccasion.CONFERENCE, null, inviter, null, null, invitee, null, null, null, null, null,
                null, null, InvitationStatus.PENDING, null, null, null)).id());

        data.writeAll(s -> s.organisations().delete(invitee));

        assertThat(data.read((Stores s) -> s.invitations().find(id))).map(Invitation::inviteeName).contains("IAP");
    }

    @Test
    void aDocumentPartyWithNoOrganisationCountryOrNameIsRefused() {
        long document = data.write(s -> s.documents().insert(new Document(null, DocumentKind.AGREEMENT, "Agreement",
                DocumentStatus.SIGNED, null, null, null, null, null, null, null, List.of())).id());

        assertThatThrownBy(() -> data.writeAll(s -> s.dsl().insertInto(DOCUMENT_PARTY, DOCUMENT_PARTY.DOCUMENT_ID,
                DOCUMENT_PARTY.POSITION).values(document, 1).execute()))
                .isInstanceOfSatisfying(ConstraintViolationException.class,        refused -> assertThat(refused.rule()).isEqualTo(ConstraintViolationException.Rule.CHECK));
    }

    @Test
    void everyForeignKeyHasAnIndexThatStartsWithIt() {
        List<String> unindexed = data.read(s -> {
            List<String> missing = new ArrayList<>();
            for (Record table : s.dsl().fetch("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'search%' AND name NOT LIKE 'flyway%'")) {
                String name = table.get(0, String.class);
                List<String> leading = new ArrayList<>();
                for (Record index : s.dsl().fetch("SELECT name FROM pragma_index_list(?)", name)) {
                    Object column = s.dsl().fetchValue("SELECT name FROM pragma_index_info(?) WHERE seqno = 0",
                            index.get(0, String.class));
                    if (column != null) { // an index on an expression names no column
                        leading.add(column.toString());
                    }
                }
                for (Record key : s.dsl().fetch("SELECT \"from\" FROM pragma_foreign_key_list(?)", name)) {
                    String column = key.get(0, String.class);
                    if (!leading.contains(column)) {
                        missing.add(name + "." + column);
                    }
                }
            }
            return missing;
        });
        assertThat(unindexed).isEmpty();
    }

    @Test
    void everyIsoCountryIsThereWithoutTheDemoData() {
        assertThat(data.read((Stores s) -> s.countries().all())).hasSizeGreaterThanOrEqualTo(249);
        assertThat(data.read((Stores s) -> s.countries().find("AZ"))).map(c -> c.name()).contains("Azerbaijan");
        assertThat(data.read((Stores s) -> s.countries().find("TR"))).map(c -> c.name()).contains("Türkiye");
    }

    @Test
    void anEventKnownOnlyByMonthKeepsItsPrecision() {
        Event september = new Event(null, "29th Annual Conference", null, 29, null, null, null,
                LocalDate.of(2024, 9, 1), LocalDate.of(2024, 9, 1), null, null, null, DatePrecision.MONTH);
        long id = data.write(s -> s.events().insert(september).id());

        Event found = data.read(s -> s.events().find(id)).orElseThrow();
        assertThat(found.start()).isEqualTo(ApproximateDate.month(YearMonth.of(2024, 9)));
        assertThat(found.end().last()).isEqualTo(LocalDate.of(2024, 9, 30));
    }

    @Test
    void aTripKnownOnlyByYearKeepsItsPrecision() {
        Trip trip = new Trip(null, "Tashkent", null, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1),
                TripStatus.PLANNED, null, List.of(), List.of(), List.of(), DatePrecision.YEAR);
        long id = data.write(s -> s.trips().insert(trip).id());

        assertThat(data.read((Stores s) -> s.trips().find(id))).map(Trip::start).contains(ApproximateDate.year(2025));
    }

    @Test
    void aPostSeenHeldOnADayIsNotATermThatEnded() {
        long id = data.write(s -> s.persons().insert(Person.builder(Side.THEIRS, "Khusrav Noziri")
                .posts(List.of(Post.attestedOn(null, "Secretary General", LocalDate.of(2023, 11, 28)))).build()).id());

        Person found = data.read(s -> s.persons().find(id)).orElseThrow();
        Post post = found.posts().get(0);
        assertThat(post.heldOn()).isEqualTo(LocalDate.of(2023, 11, 28));
        assertThat(post.from()).isNull();
        assertThat(post.to()).isNull();
        assertThat(found.currentPost()).contains(post);
    }
}
