package id.humas.hub.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import id.humas.hub.agency.OfficerView;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Html;
import id.humas.hub.telegram.IncomingCallback;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.UnsupportedContent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns what officers send into items: straight away when the kind is known (/isu TEXT), or by asking with buttons
 * (any other message). An agenda is asked for its date, time and place when its text does not say them. Every item
 * is confirmed with its number and announced as {@link ItemSubmitted}.
 */
@Service
class Submissions {

    private final ItemRepository items;
    private final DraftRepository drafts;
    private final Prompts prompts;
    private final Outbox outbox;
    private final Texts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AgendaQuestions agenda;
    private final BotProperties properties;

    Submissions(ItemRepository items, DraftRepository drafts, Prompts prompts, Outbox outbox, Texts texts,
                ApplicationEventPublisher events, Clock clock, AgendaQuestions agenda, BotProperties properties) {
        this.items = items;
        this.drafts = drafts;
        this.prompts = prompts;
        this.outbox = outbox;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
        this.agenda = agenda;
        this.properties = properties;
    }

    /**
     * Tells the officer why content the bot cannot keep (a voice note, a sticker, a location…) was not taken.
     *
     * @return whether the message was refused
     */
    boolean refuseUnsupported(IncomingMessage message) {
        if (!message.isUnsupported()) {
            return false;
        }
        outbox.send(message.chatId(), texts.get(message.unsupported() == UnsupportedContent.SPOKEN
                ? "submit.unsupported-spoken" : "submit.unsupported"));
        return true;
    }

    /** A plain message (text, photo, album, document, video) from an officer. */
    @Transactional
    void receive(OfficerView officer, IncomingMessage message) {
        Optional<Draft> open = drafts.findByUserId(officer.userId());
        int length = open.map(draft -> draft.lengthWith(message.text())).orElse(message.text().strip().length());
        if (length > Item.MAX_BODY) {
            refuseTooLong(message.chatId());
            return;
        }
        if (open.isEmpty()) {
            Draft draft = drafts.save(Draft.withContent(officer.userId(), message.chatId(), message.text(),
                    message.media(), message.messageId(), clock.instant()));
            ask(draft, "submit.ask-category");
            return;
        }
        Draft draft = open.get();
        if (draft.awaitsAgendaDetails()) {
            answer(officer, draft, message);
            return;
        }
        boolean wasWaitingForContent = draft.stage() == DraftStage.AWAITING_CONTENT;
        draft.add(message.text(), message.media(), message.messageId());
        proceed(officer, draft, wasWaitingForContent ? null : "submit.added");
    }

    /**
     * A submission command; {@code category} is null for /lapor, which leaves the kind to a question.
     * Without content the bot waits for the next message; an open draft takes the content or the kind.
     */
    @Transactional
    void command(OfficerView officer, Category category, IncomingMessage message, String text) {
        Optional<Draft> open = drafts.findByUserId(officer.userId());
        boolean hasContent = !text.isBlank() || !message.media().isEmpty();
        if (open.map(draft -> draft.lengthWith(text)).orElse(text.strip().length()) > Item.MAX_BODY) {
            refuseTooLong(message.chatId());
            return;
        }
        if (category != null && hasContent && open.isEmpty()) {
            AgendaText.Parsed details = category == Category.AGENDA ? AgendaText.parse(text, today()) : null;
            if (details == null || details.complete()) {
                submit(officer, category, text, message, details);
                return;
            }
        }
        Draft draft = open.orElseGet(() -> Draft.awaitingContent(officer.userId(), message.chatId(), null,
                clock.instant()));
        if (hasContent) {
            draft.add(text, message.media(), message.messageId());
        }
        boolean choosing = draft.stage() == DraftStage.AWAITING_CATEGORY
                || draft.stage() == DraftStage.AWAITING_CONTENT;
        if (category != null && choosing) {
            draft.choose(category);
        }
        drafts.save(draft);
        proceed(officer, draft, null);
    }

    @Transactional
    void chooseCategory(OfficerView officer, IncomingCallback callback, long draftId, Category category) {
        Optional<Draft> draft = ownDraft(officer, draftId)
                .filter(open -> open.stage() == DraftStage.AWAITING_CATEGORY);
        if (draft.isEmpty()) {
            outbox.answer(callback, texts.get("button.stale"));
            return;
        }
        draft.get().choose(category);
        learnFromText(draft.get());
        outbox.answer(callback, texts.get(category.textKey()));
        if (draft.get().stage() == DraftStage.AWAITING_PHASE) {
            outbox.edit(callback.chatId(), callback.messageId(),
                    texts.get("submit.ask-phase", texts.get(category.textKey())), prompts.phases(draftId));
        } else if (draft.get().awaitsAgendaDetails()) {
            outbox.edit(callback.chatId(), callback.messageId(), agenda.question(draft.get().stage()),
                    prompts.cancelOnly(draftId));
        } else {
            complete(officer, draft.get(), null, callback);
        }
    }

    @Transactional
    void choosePhase(OfficerView officer, IncomingCallback callback, long draftId, Phase phase) {
        Optional<Draft> draft = ownDraft(officer, draftId)
                .filter(open -> open.stage() == DraftStage.AWAITING_PHASE);
        if (draft.isEmpty()) {
            outbox.answer(callback, texts.get("button.stale"));
            return;
        }
        outbox.answer(callback, texts.get(phase.textKey()));
        complete(officer, draft.get(), phase, callback);
    }

    /** Discards the officer's open draft; says so, or that there was none. */
    @Transactional
    void cancel(long userId, long chatId) {
        Optional<Draft> draft = drafts.findByUserId(userId);
        draft.ifPresent(drafts::delete);
        outbox.send(chatId, texts.get(draft.isPresent() ? "submit.cancelled" : "submit.nothing-to-cancel"));
    }

    @Transactional
    void cancel(OfficerView officer, IncomingCallback callback, long draftId) {
        Optional<Draft> draft = ownDraft(officer, draftId);
        if (draft.isEmpty()) {
            outbox.answer(callback, texts.get("button.stale"));
            return;
        }
        drafts.delete(draft.get());
        outbox.answer(callback, texts.get("submit.cancelled"));
        outbox.edit(callback.chatId(), callback.messageId(), texts.get("submit.cancelled"), null);
    }

    /**
     * Starts the coverage of agenda item {@code agendaItemId} (a button or /liputan N): a Kegiatan · Pasca
     * submission linked to it. Only the officer of the agenda's agency may; an open draft is not thrown away.
     */
    @Transactional
    void startCoverage(OfficerView officer, long chatId, long agendaItemId, IncomingCallback pressed) {
        Optional<Item> agendaItem = items.findById(agendaItemId)
                .filter(item -> item.category() == Category.AGENDA && item.agencyId() == officer.agencyId());
        if (agendaItem.isEmpty()) {
            reply(chatId, pressed, texts.get("liputan.not-yours", String.valueOf(agendaItemId)));
            return;
        }
        if (drafts.findByUserId(officer.userId()).isPresent()) {
            reply(chatId, pressed, texts.get("liputan.draft-open"));
            return;
        }
        Draft draft = drafts.save(Draft.coverageOf(officer.userId(), chatId, agendaItemId, clock.instant()));
        if (pressed != null) {
            outbox.answer(pressed, texts.get("phase.post"));
        }
        outbox.send(chatId, texts.get("liputan.send-content", String.valueOf(agendaItemId),
                Html.escape(agenda.title(agendaItem.get()))), prompts.cancelOnly(draft.id()));
    }

    private void reply(long chatId, IncomingCallback pressed, String text) {
        if (pressed != null) {
            outbox.answer(pressed, text);
        }
        outbox.send(chatId, text);
    }

    /**
     * An answer to the agenda's date, time or place question; a bad one gets the question again. Photos, videos or
     * documents sent meanwhile belong to the agenda: they are added, not taken for an answer.
     */
    private void answer(OfficerView officer, Draft draft, IncomingMessage message) {
        if (!message.media().isEmpty()) {
            draft.add(message.text(), message.media(), message.messageId());
            outbox.send(draft.chatId(), texts.get("agenda.media-added"));
            proceed(officer, draft, null);
            return;
        }
        DraftStage asked = draft.stage();
        boolean learnt = !message.text().isBlank() && draft.learn(agenda.read(asked, message.text(), today()));
        if (!learnt || draft.stage() == asked) {
            outbox.send(draft.chatId(), agenda.badAnswer(asked), prompts.cancelOnly(draft.id()));
            return;
        }
        proceed(officer, draft, null);
    }

    private void learnFromText(Draft draft) {
        if (draft.awaitsAgendaDetails()) {
            draft.learn(AgendaText.parse(draft.body(), today()));
        }
    }

    private LocalDate today() {
        return clock.instant().atZone(properties.timezone()).toLocalDate();
    }

    private void proceed(OfficerView officer, Draft draft, String notice) {
        learnFromText(draft);
        switch (draft.stage()) {
            case AWAITING_CONTENT -> outbox.send(draft.chatId(), draft.category() == null
                    ? texts.get("submit.send-content")
                    : texts.get("submit.send-content-for", texts.get(draft.category().textKey())));
            case AWAITING_CATEGORY -> ask(draft, notice == null ? "submit.ask-category" : notice);
            case AWAITING_PHASE -> outbox.send(draft.chatId(),
                    texts.get("submit.ask-phase", texts.get(draft.category().textKey())), prompts.phases(draft.id()));
            case AWAITING_DATE, AWAITING_TIME, AWAITING_PLACE -> outbox.send(draft.chatId(),
                    agenda.question(draft.stage()), prompts.cancelOnly(draft.id()));
            case COMPLETE -> complete(officer, draft, null, null);
        }
    }

    private void ask(Draft draft, String textKey) {
        outbox.send(draft.chatId(), texts.get(textKey), prompts.categories(draft.id()));
    }

    private void complete(OfficerView officer, Draft draft, Phase phase, IncomingCallback pressed) {
        Item item = items.save(draft.toItem(officer, phase, clock.instant()));
        drafts.delete(draft);
        announce(officer, item);
        String confirmation = confirmation(item);
        if (pressed != null) {
            outbox.edit(pressed.chatId(), pressed.messageId(), confirmation, null);
        } else {
            outbox.send(draft.chatId(), confirmation);
        }
    }

    /** @param agendaDetails an agenda's date, time and place, all known; null for other kinds */
    private void submit(OfficerView officer, Category category, String text, IncomingMessage message,
                        AgendaText.Parsed agendaDetails) {
        Item item = new Item(officer, category, null, text.strip(), message.media(), message.chatId(),
                message.messageId(), clock.instant());
        if (agendaDetails != null) {
            item.schedule(agendaDetails.date(), agendaDetails.time(), agendaDetails.place());
        }
        items.save(item);
        announce(officer, item);
        outbox.send(message.chatId(), confirmation(item));
    }

    private void refuseTooLong(long chatId) {
        outbox.send(chatId, texts.get("submit.too-long", String.valueOf(Item.MAX_BODY)));
    }

    private void announce(OfficerView officer, Item item) {
        events.publishEvent(item.submitted(officer));
    }

    private String confirmation(Item item) {
        String kind = prompts.kind(item.category(), item.phase());
        if (item.category() == Category.ISSUE) {
            return texts.get("submit.confirmed-urgent", String.valueOf(item.id()), kind);
        }
        return texts.get("submit.confirmed", String.valueOf(item.id()), kind) + agenda.confirmationDetails(item);
    }

    private Optional<Draft> ownDraft(OfficerView officer, long draftId) {
        return drafts.findById(draftId).filter(draft -> draft.userId() == officer.userId());
    }
}
