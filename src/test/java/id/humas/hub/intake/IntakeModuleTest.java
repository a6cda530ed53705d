package id.humas.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.humas.hub.agency.AgencyZones;
import id.humas.hub.agency.OfficerView;
import id.humas.hub.agency.Officers;
import id.humas.hub.telegram.ChatKind;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.Sender;
import id.humas.hub.telegram.SentMessages;
import id.humas.hub.telegram.UnsupportedContent;
import id.humas.hub.telegram.UpdatesClaimed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake's rules on their own: the module with the shared system module, the agency and the Telegram edge
 * mocked. What a step decides is read from the events it publishes and the outcomes it returns.
 */
@ApplicationModuleTest
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:intake-module;DB_CLOSE_DELAY=-1",
        "bot.central-chat-id=-100123", "bot.digest.cron=-"})
class IntakeModuleTest {

    private static final OfficerView OFFICER = new OfficerView(7, 3, "Dinas Kesehatan", 4242, 4242, "Sari", "sari",
            Instant.parse("2031-06-02T00:00:00Z"));

    @MockitoBean
    Officers officers;

    @MockitoBean
    Outbox outbox;

    @MockitoBean
    SentMessages sent;

    @MockitoBean
    AgencyZones zones;

    @Autowired
    Submissions submissions;

    @Autowired
    DraftRepository drafts;

    @Autowired
    ItemRepository items;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @BeforeEach
    void everyAgencyInTheTeamsZone() {
        ZoneId wib = ZoneId.of("Asia/Jakarta");
        when(zones.home()).thenReturn(wib);
        when(zones.of(anyLong())).thenReturn(wib);
        when(zones.suffix(any())).thenReturn("");
        when(zones.today(any(), any())).thenAnswer(call -> call.<Clock>getArgument(1).instant().atZone(wib)
                .toLocalDate());
    }

    @Test
    void aReportWithTextIsAnItemAtOnceWhoseKindIsAskedAfterwards(Scenario scenario) {
        scenario.stimulate(tx -> tx.execute(status -> submissions.command(OFFICER, null,
                        message(101, "Rapat koordinasi stunting di Aula Dinkes"),
                        "Rapat koordinasi stunting di Aula Dinkes")))
                .andWaitForEventOfType(ItemSubmitted.class)
                .matching(item -> item.officerUserId() == OFFICER.userId())
                .toArriveAndVerify((item, outcomes) -> {
                    assertThat(item.category()).as("the kind is not known yet").isNull();
                    assertThat(item.text()).isEqualTo("Rapat koordinasi stunting di Aula Dinkes");
                    Outcome.Recorded recorded = (Outcome.Recorded) outcomes.get(0);
                    assertThat(recorded.questions().stage()).isEqualTo(DraftStage.AWAITING_CATEGORY);
                    assertThat(recorded.questions().itemId()).isEqualTo(item.itemId());
                });
        cleanUp();
    }

    @Test
    void anIsuIsNeverHeldBackByAnOpenDraftWhichIsSubmittedFirst(Scenario scenario) {
        scenario.stimulate(tx -> tx.execute(status -> {
                    submissions.receive(OFFICER, message(201, "Bakti sosial di panti asuhan"));
                    return submissions.command(OFFICER, Category.ISSUE, message(202, "Banjir merendam RSUD"),
                            "Banjir merendam RSUD");
                }))
                .andWaitForEventOfType(ItemSubmitted.class)
                .matching(ItemSubmitted::urgent)
                .toArriveAndVerify((isu, outcomes) -> {
                    assertThat(isu.text()).isEqualTo("Banjir merendam RSUD");
                    assertThat(outcomes).hasSize(2);
                    Outcome.Recorded draft = (Outcome.Recorded) outcomes.get(0);
                    assertThat(draft.cause()).isEqualTo(Outcome.Cause.COMMAND_FOLLOWED);
                    assertThat(draft.item().body()).isEqualTo("Bakti sosial di panti asuhan");
                    assertThat(drafts.findByUserId(OFFICER.userId())).isEmpty();
                });
    }

    @Test
    void thanksStartsNoDraftAndIsAnnouncedAsAnAcknowledgement(Scenario scenario) {
        scenario.stimulate(tx -> tx.execute(status -> submissions.receive(OFFICER, message(301, "Terima kasih, siap"))))
                .andWaitForEventOfType(OfficerReplied.class)
                .toArriveAndVerify((reply, outcomes) -> {
                    assertThat(reply.acknowledgement()).isTrue();
                    assertThat(outcomes).singleElement().isInstanceOf(Outcome.Acknowledged.class);
                    assertThat(drafts.findByUserId(OFFICER.userId())).isEmpty();
                });
    }

    @Test
    void aDraftLeftByAPredecessorIsNotSubmittedForTheAgency(Scenario scenario) {
        OfficerView predecessor = new OfficerView(9, 3, "Dinas Kesehatan", 4343, 4343, "Lama", "lama",
                Instant.parse("2031-06-02T00:00:00Z"));
        scenario.stimulate(tx -> tx.execute(status -> {
                    submissions.receive(predecessor, message(401, "Draf yang ditinggalkan"));
                    Draft draft = drafts.findByUserId(predecessor.userId()).orElseThrow();
                    return submissions.expire(draft, java.util.Optional.empty());
                }))
                .andWaitForStateChange(() -> drafts.findByUserId(predecessor.userId()).isEmpty(), Boolean::booleanValue)
                .andVerify(gone -> assertThat(items.findAll())
                        .noneMatch(item -> item.body().equals("Draf yang ditinggalkan")));
    }

    @Test
    void aLongMessageWhileAnAgendaQuestionIsOpenIsANewReportNotAnAnswer(Scenario scenario) {
        String report = "Banjir menggenangi tiga desa; warga mengungsi ke balai desa. ".repeat(5).strip();
        scenario.stimulate(tx -> tx.execute(status -> {
                    submissions.command(OFFICER, Category.AGENDA, message(501, "Rapat evaluasi bansos"),
                            "Rapat evaluasi bansos");
                    return submissions.receive(OFFICER, message(502, report));
                }))
                .andWaitForStateChange(() -> drafts.findByUserId(OFFICER.userId()).map(Draft::body).orElse(""),
                        report::equals)
                .andVerify(body -> assertThat(items.findAll()).as("the agenda stays recorded")
                        .anyMatch(item -> item.body().equals("Rapat evaluasi bansos")
                                && item.category() == Category.AGENDA));
        cleanUp();
    }

    @Test
    void readAheadWithOtherUpdatesAnOfficersOpenDraftIsStillFound() {
        transactions.executeWithoutResult(status -> drafts.save(Draft.awaitingContent(OFFICER, OFFICER.chatId(),
                Category.ISSUE, Instant.parse("2031-06-02T01:00:00Z"))));

        Optional<Draft> open = transactions.execute(status -> {
            events.publishEvent(new UpdatesClaimed(Set.of(OFFICER.userId(), 5151L)));
            return submissions.openDraft(OFFICER);
        });

        assertThat(open).map(Draft::category).contains(Category.ISSUE);
        cleanUp();
    }

    @Test
    void aDraftStartedByAnEarlierUpdateOfTheChunkIsFoundThoughNoneWasThereWhenReadAhead() {
        Optional<Draft> open = transactions.execute(status -> {
            events.publishEvent(new UpdatesClaimed(Set.of(OFFICER.userId(), 5151L)));
            drafts.save(Draft.awaitingContent(OFFICER, OFFICER.chatId(), Category.ISSUE,
                    Instant.parse("2031-06-02T01:00:00Z")));
            return submissions.openDraft(OFFICER);
        });

        assertThat(open).isPresent();
        cleanUp();
    }

    private void cleanUp() {
        drafts.findByUserId(OFFICER.userId()).ifPresent(drafts::delete);
    }

    private static IncomingMessage message(int id, String text) {
        return new IncomingMessage(id, OFFICER.chatId(), ChatKind.PRIVATE, id,
                new Sender(OFFICER.userId(), "Sari", null, "sari"), text, List.of(), null, UnsupportedContent.NONE,
                null);
    }
}
