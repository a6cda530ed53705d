package id.humas.hub.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.humas.hub.agency.OfficerView;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.UnsupportedContent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Decides what officers' messages become; {@link SubmissionReplies} tells them. A report sent with a command is an
 * item at once; a plain message or media starts a draft that asks its kind and is submitted by itself after the
 * draft timeout. Commands never merge: an open draft is submitted first. Short replies ("terima kasih") are not
 * reports.
 */
@Service
class Submissions {

    /** Longer than any date, time or place: a message this long is a new report, not an answer. */
    static final int MAX_ANSWER = 200;

    private final DraftRepository drafts;
    private final ItemRecorder recorder;
    private final DraftAnswers answers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DraftsAhead ahead;

    Submissions(DraftRepository drafts, ItemRecorder recorder, DraftAnswers answers,
                ApplicationEventPublisher events, Clock clock, DraftsAhead ahead) {
        this.ahead = ahead;
        this.drafts = drafts;
        this.recorder = recorder;
        this.answers = answers;
        this.events = events;
        this.clock = clock;
    }

    /** A plain message (text, photo, album, document, video) from an officer. */
    List<Outcome> receive(OfficerView officer, IncomingMessage message) {
        Optional<Draft> open = openDraft(officer);
        boolean acknowledgement = message.media().isEmpty() && ShortReplies.isAcknowledgement(message.text())
                && open.filter(Draft::awaitsAgendaDetails).isEmpty();
        if (acknowledgement || message.replyToMessageId() != null) {
            events.publishEvent(new OfficerReplied(officer.userId(), officer.agencyId(), message.chatId(),
                    message.replyToMessageId(), acknowledgement, clock.instant()));
        }
        if (acknowledgement) {
            return List.of(new Outcome.Acknowledged());
        }
        if (message.text().strip().length() > Item.MAX_BODY
                || open.filter(draft -> draft.itemId() == null).map(d -> d.lengthWith(message.text()))
                .orElse(0) > Item.MAX_BODY) {
            return List.of(tooLong());
        }
        if (open.isEmpty()) {
            return startDraft(officer, message);
        }
        Draft draft = open.get();
        draft.touch(clock.instant());
        if (draft.awaitsAgendaDetails() && message.text().strip().length() <= MAX_ANSWER) {
            return answers.answer(officer, draft, message);
        }
        if (draft.itemId() != null || draft.awaitsAgendaDetails()) {
            Optional<Item> item = recorder.item(draft);
            if (item.isPresent() && !message.media().isEmpty() && message.text().isBlank()) {
                return List.of(recorder.addMedia(item.get(), draft, officer, message));
            }
            // a new report, not an answer: the open one is recorded (or its questions closed) first
            List<Outcome> outcomes = new ArrayList<>();
            outcomes.add(recorder.finish(draft, officer, Outcome.Cause.COMMAND_FOLLOWED));
            outcomes.addAll(startDraft(officer, message));
            return outcomes;
        }
        boolean waitedForContent = draft.stage() == DraftStage.AWAITING_CONTENT;
        int taken = draft.add(message.text(), message.media(), message.messageId());
        int refused = message.media().size() - taken;
        if (waitedForContent) {
            return answers.proceed(officer, draft, true);
        }
        return List.of(new Outcome.Joined(draft, taken > 0 || !message.text().isBlank(), refused));
    }

    /**
     * /isu, /lapor or /agenda ({@code category} null for /lapor): with content an item at once, without it a draft
     * that waits for the content. An open draft is submitted first.
     */
    List<Outcome> command(OfficerView officer, Category category, IncomingMessage message, String text) {
        if (text.strip().length() > Item.MAX_BODY) {
            return List.of(tooLong());
        }
        List<Outcome> outcomes = new ArrayList<>();
        openDraft(officer).ifPresent(draft -> outcomes.add(
                recorder.finish(draft, officer, Outcome.Cause.COMMAND_FOLLOWED)));
        if (text.isBlank() && message.media().isEmpty()) {
            Draft draft = drafts.save(Draft.awaitingContent(officer, message.chatId(), category, clock.instant()));
            outcomes.add(new Outcome.Asked(draft, true));
            return outcomes;
        }
        outcomes.add(recorder.fromCommand(officer, category, text, message));
        if (message.media().size() > Item.MAX_MEDIA) {
            outcomes.add(mediaCap(message.media().size() - Item.MAX_MEDIA));
        }
        return outcomes;
    }

    /**
     * Tells the officer why content the bot cannot keep (a voice note, a sticker, a location…) was not taken.
     *
     * @return the refusal; empty when the content is supported
     */
    Optional<Outcome> unsupported(IncomingMessage message) {
        if (!message.isUnsupported()) {
            return Optional.empty();
        }
        return Optional.of(Outcome.Said.of(message.unsupported() == UnsupportedContent.SPOKEN
                ? "submit.unsupported-spoken" : "submit.unsupported"));
    }

    /**
     * Starts the coverage of agenda item {@code agendaItemId} (a button or /liputan N): a Kegiatan · Pasca
     * submission linked to it. Only the officer of the agenda's agency may; an open draft is submitted first.
     */
    List<Outcome> startCoverage(OfficerView officer, long chatId, long agendaItemId) {
        Optional<Item> agendaItem = recorder.agendaOf(officer, agendaItemId);
        if (agendaItem.isEmpty()) {
            return List.of(Outcome.Said.of("liputan.not-yours", String.valueOf(agendaItemId)));
        }
        List<Outcome> outcomes = new ArrayList<>();
        openDraft(officer).ifPresent(draft -> outcomes.add(
                recorder.finish(draft, officer, Outcome.Cause.COMMAND_FOLLOWED)));
        Draft draft = drafts.save(Draft.coverageOf(officer, chatId, agendaItemId, clock.instant()));
        outcomes.add(new Outcome.CoverageAsked(draft, agendaItem.get()));
        return outcomes;
    }

    /** /batal: the officer's open draft is discarded (a draft about an item closes its questions; the item stays). */
    List<Outcome> cancel(OfficerView officer) {
        return openDraft(officer).map(this::cancel)
                .orElseGet(() -> List.of(Outcome.Said.of("submit.nothing-to-cancel")));
    }

    List<Outcome> cancel(OfficerView officer, long draftId) {
        return answers.own(officer, draftId).map(this::cancel).orElseGet(() -> List.of(new Outcome.Stale()));
    }

    /** Drafts left alone for the draft timeout are submitted as they are (or their questions closed). */
    Outcome expire(Draft draft, Optional<OfficerView> officer) {
        Optional<OfficerView> acting = officer.filter(draft::actsFor);
        if (acting.isEmpty()) {
            // a predecessor's draft no longer acts for the agency
            recorder.discard(draft);
            return new Outcome.Dropped(draft, false);
        }
        return recorder.finish(draft, acting.get(), Outcome.Cause.TIMED_OUT);
    }

    /**
     * The officer's open draft; one left from an agency the officer no longer serves is discarded (it no longer
     * acts for that agency).
     */
    Optional<Draft> openDraft(OfficerView officer) {
        if (ahead.noneFor(officer.userId())) {
            return Optional.empty();
        }
        Optional<Draft> draft = drafts.findByUserId(officer.userId());
        if (draft.isPresent() && !draft.get().actsFor(officer)) {
            recorder.discard(draft.get());
            return Optional.empty();
        }
        return draft;
    }

    private List<Outcome> cancel(Draft draft) {
        recorder.discard(draft);
        return List.of(new Outcome.Cancelled(draft));
    }

    private List<Outcome> startDraft(OfficerView officer, IncomingMessage message) {
        Draft draft = Draft.withContent(officer, message.chatId(), message.text(), message.media(),
                message.messageId(), clock.instant());
        int refused = message.media().size() - draft.mediaCount();
        drafts.save(draft);
        List<Outcome> outcomes = new ArrayList<>(List.of(new Outcome.Asked(draft, true)));
        if (refused > 0) {
            outcomes.add(mediaCap(refused));
        }
        return outcomes;
    }

    private static Outcome tooLong() {
        return Outcome.Said.of("submit.too-long", String.valueOf(Item.MAX_BODY));
    }

    private static Outcome mediaCap(int refused) {
        return Outcome.Said.of("submit.media-cap", String.valueOf(Item.MAX_MEDIA), String.valueOf(refused));
    }
}
