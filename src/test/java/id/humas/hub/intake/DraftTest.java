package id.humas.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import id.humas.hub.agency.OfficerView;
import id.humas.hub.telegram.MediaKind;
import id.humas.hub.telegram.MediaRef;
import org.junit.jupiter.api.Test;

class DraftTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final OfficerView OFFICER = new OfficerView(7, 3, "Dinas Kesehatan", 42, 42, "Sari", "sari", NOW);
    private static final MediaRef PHOTO = new MediaRef(MediaKind.PHOTO, "photo-1");

    @Test
    void contentFirstThenKindMakesAnItem() {
        Draft draft = Draft.withContent(OFFICER, 42, "Rapat koordinasi", List.of(PHOTO), 1, NOW);
        assertThat(draft.stage()).isEqualTo(DraftStage.AWAITING_CATEGORY);

        draft.choose(Category.RELEASE);
        Item item = draft.toItem(OFFICER, null, NOW);

        assertThat(item.category()).isEqualTo(Category.RELEASE);
        assertThat(item.body()).isEqualTo("Rapat koordinasi");
        assertThat(item.media()).containsExactly(PHOTO);
        assertThat(item.status()).isEqualTo(ItemStatus.NEW);
    }

    @Test
    void anActivityAsksItsPhaseButLeftAloneIsSubmittedWithoutIt() {
        Draft draft = Draft.withContent(OFFICER, 42, "Vaksinasi", List.of(), 1, NOW);
        draft.choose(Category.ACTIVITY);

        assertThat(draft.stage()).isEqualTo(DraftStage.AWAITING_PHASE);
        assertThat(draft.toItem(OFFICER, null, NOW).phase()).isNull();
        assertThat(draft.toItem(OFFICER, Phase.POST, NOW).phase()).isEqualTo(Phase.POST);
    }

    @Test
    void kindFirstWaitsForContentAndCompletesWithIt() {
        Draft draft = Draft.awaitingContent(OFFICER, 42, null, NOW);
        draft.choose(Category.ISSUE);
        assertThat(draft.stage()).isEqualTo(DraftStage.AWAITING_CONTENT);

        draft.add("", List.of(PHOTO), 2);

        assertThat(draft.stage()).isEqualTo(DraftStage.COMPLETE);
        assertThat(draft.toItem(OFFICER, null, NOW).media()).containsExactly(PHOTO);
    }

    @Test
    void furtherMessagesAreAddedNotLost() {
        Draft draft = Draft.withContent(OFFICER, 42, "Bagian satu", List.of(), 1, NOW);
        draft.add("Bagian dua", List.of(PHOTO), 2);
        draft.choose(Category.RELEASE);

        Item item = draft.toItem(OFFICER, null, NOW);
        assertThat(item.body()).isEqualTo("Bagian satu\n\nBagian dua");
        assertThat(item.media()).containsExactly(PHOTO);
    }

    @Test
    void theKindCannotBeChosenTwice() {
        Draft draft = Draft.withContent(OFFICER, 42, "Teks", List.of(), 1, NOW);
        draft.choose(Category.AGENDA);

        assertThatThrownBy(() -> draft.choose(Category.ISSUE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDraftOfOneMessageKnowsThatMessageButOneOfSeveralMessagesNone() {
        Draft single = Draft.withContent(OFFICER, 42, "Satu", List.of(), 5, NOW);
        Draft several = Draft.withContent(OFFICER, 42, "Satu", List.of(), 5, NOW);
        several.add("Dua", List.of(), 6);

        assertThat(single.cameFrom(5)).isTrue();
        assertThat(several.cameFrom(5)).isFalse();
        assertThat(several.cameFrom(6)).isFalse();
    }

    @Test
    void anAgendaAsksForWhatItsTextDoesNotSayAndKeepsTheAnswers() {
        Draft draft = Draft.withContent(OFFICER, 42, "Rapat koordinasi di Aula Dinkes", List.of(), 1, NOW);
        draft.choose(Category.AGENDA);
        assertThat(draft.stage()).isEqualTo(DraftStage.AWAITING_DATE);

        draft.learn(AgendaText.parse(draft.body(), LocalDate.of(2031, 6, 2)));
        assertThat(draft.stage()).isEqualTo(DraftStage.AWAITING_DATE);
        assertThat(draft.toItem(OFFICER, null, NOW).eventDate()).as("submitted as it is: no partial schedule")
                .isNull();

        assertThat(draft.learn(new AgendaText.Parsed(LocalDate.of(2031, 6, 12), null, null))).isTrue();
        assertThat(draft.stage()).isEqualTo(DraftStage.AWAITING_TIME);
        assertThat(draft.learn(new AgendaText.Parsed(null, null, "Gedung lain"))).isFalse();
        assertThat(draft.learn(new AgendaText.Parsed(null, LocalTime.of(9, 0), null))).isTrue();

        Item item = draft.toItem(OFFICER, null, NOW);
        assertThat(item.eventDate()).isEqualTo(LocalDate.of(2031, 6, 12));
        assertThat(item.eventTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(item.eventPlace()).isEqualTo("Aula Dinkes");
    }

    @Test
    void theCoverageOfAnAgendaIsAnActivityAfterTheFactLinkedToIt() {
        Draft draft = Draft.coverageOf(OFFICER, 42, 77, NOW);
        draft.add("Rapat berjalan lancar", List.of(PHOTO), 3);

        assertThat(draft.stage()).isEqualTo(DraftStage.COMPLETE);
        Item item = draft.toItem(OFFICER, null, NOW);
        assertThat(item.category()).isEqualTo(Category.ACTIVITY);
        assertThat(item.phase()).isEqualTo(Phase.POST);
        assertThat(item.linkedItemId()).isEqualTo(77L);
    }

    @Test
    void aDraftTakesAtMostTwentyMediaAndKeepsThoseItHas() {
        Draft draft = Draft.withContent(OFFICER, 42, "Wisuda", List.of(), 1, NOW);
        List<MediaRef> fifteen = java.util.stream.IntStream.range(0, 15)
                .mapToObj(i -> new MediaRef(MediaKind.PHOTO, "p" + i)).toList();

        assertThat(draft.add("", fifteen, 2)).isEqualTo(15);
        assertThat(draft.add("", fifteen, 3)).isEqualTo(5);
        assertThat(draft.add("", List.of(PHOTO), 4)).isZero();

        assertThat(draft.mediaCount()).isEqualTo(Item.MAX_MEDIA).isEqualTo(20);
        assertThat(draft.toItem(OFFICER, null, NOW).media()).hasSize(20).startsWith(fifteen.get(0));
    }

    @Test
    void aDraftNoLongerActsForAnAgencyItsOfficerLeft() {
        Draft draft = Draft.withContent(OFFICER, 42, "Teks", List.of(), 1, NOW);
        OfficerView elsewhere = new OfficerView(8, 4, "Dinas Sosial", 42, 42, "Sari", "sari", NOW);
        OfficerView successor = new OfficerView(9, 3, "Dinas Kesehatan", 43, 43, "Budi", "budi", NOW);

        assertThat(draft.actsFor(OFFICER)).isTrue();
        assertThat(draft.actsFor(elsewhere)).isFalse();
        assertThat(draft.actsFor(successor)).isFalse();
    }

    @Test
    void aDraftExpiresAfterTheTimeoutFromTheOfficersLastStep() {
        Draft draft = Draft.withContent(OFFICER, 42, "Teks", List.of(), 1, NOW);
        draft.touch(NOW.plusSeconds(300));

        assertThat(draft.expired(NOW.plusSeconds(600), java.time.Duration.ofMinutes(10))).isFalse();
        assertThat(draft.expired(NOW.plusSeconds(900), java.time.Duration.ofMinutes(10))).isTrue();
    }
}
