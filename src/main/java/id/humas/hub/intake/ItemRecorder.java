package id.humas.hub.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.humas.hub.agency.AgencyZones;
import id.humas.hub.agency.OfficerView;
import id.humas.hub.system.BotProperties;
import id.humas.hub.telegram.IncomingMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records items and the answers that refine them, and announces both ({@link ItemSubmitted}, {@link ItemEdited}).
 * The one place where a draft stops: submitted as it is, completed, or its questions closed.
 */
@Component
class ItemRecorder {

    private final ItemRepository items;
    private final DraftRepository drafts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BotProperties properties;
    private final AgencyZones zones;

    ItemRecorder(ItemRepository items, DraftRepository drafts, ApplicationEventPublisher events, Clock clock,
                 BotProperties properties, AgencyZones zones) {
        this.zones = zones;
        this.items = items;
        this.drafts = drafts;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * A command with content is an item at once; what it does not say (the kind for /lapor, an agenda's day, time or
     * place) is asked afterwards by a draft about the item.
     */
    Outcome.Recorded fromCommand(OfficerView officer, Category category, String text, IncomingMessage message) {
        Item item = new Item(officer, category, null, text.strip(), message.media(), message.chatId(),
                message.messageId(), clock.instant());
        if (category == Category.AGENDA) {
            AgendaText.Parsed details = AgendaText.parse(text, today(officer));
            if (details.complete()) {
                item.schedule(details.date(), details.time(), details.place());
            }
        }
        items.save(item);
        events.publishEvent(item.submitted(officer));
        return new Outcome.Recorded(item, Outcome.Cause.SENT, questionsAbout(item, officer), null);
    }

    /** Ends an open draft because something else comes first: submitted as it is, or its questions closed. */
    Outcome finish(Draft draft, OfficerView officer, Outcome.Cause cause) {
        if (draft.itemId() != null) {
            discard(draft);
            return new Outcome.QuestionsClosed(items.findById(draft.itemId()).orElse(null), draft);
        }
        if (!draft.hasContent()) {
            discard(draft);
            return new Outcome.Dropped(draft, cause == Outcome.Cause.TIMED_OUT);
        }
        Item item = submit(draft, officer, null);
        discard(draft);
        return new Outcome.Recorded(item, cause, null, draft.id());
    }

    /** The officer answered the last question of a draft that is the report itself. */
    Outcome.Recorded complete(Draft draft, OfficerView officer, Phase phase) {
        Item item = submit(draft, officer, phase);
        discard(draft);
        return new Outcome.Recorded(item, Outcome.Cause.SENT, null, draft.id());
    }

    /**
     * Applies what a draft about an item knows now (kind, phase, agenda details) to the item.
     *
     * @return the item and the next question, or a closed draft when the item is no longer under review
     */
    Outcome refine(Draft draft, OfficerView officer) {
        Optional<Item> item = items.findById(draft.itemId()).filter(Item::underReview);
        if (item.isEmpty()) {
            discard(draft);
            return new Outcome.QuestionsClosed(items.findById(draft.itemId()).orElse(null), draft);
        }
        boolean changed = draft.category() != item.get().category() || draft.phase() != item.get().phase();
        if (changed) {
            item.get().refine(draft.category(), draft.phase(), clock.instant());
        }
        AgendaText.Parsed details = draft.agendaDetails();
        if (details != null && draft.category() == Category.AGENDA && !item.get().scheduled()) {
            item.get().schedule(details.date(), details.time(), details.place());
            changed = true;
        }
        if (changed) {
            events.publishEvent(item.get().edited(officer));
        }
        if (draft.asks()) {
            return new Outcome.Refined(item.get(), draft);
        }
        discard(draft);
        return new Outcome.Refined(item.get(), null);
    }

    /** Media sent while a question about the item is open join the item, up to its limit. */
    Outcome.MediaAdded addMedia(Item item, Draft questions, OfficerView officer, IncomingMessage message) {
        int added = item.addMedia(message.media(), message.text());
        if (added > 0) {
            events.publishEvent(item.edited(officer));
        }
        return new Outcome.MediaAdded(item, questions, added, message.media().size() - added);
    }

    /** The item a draft asks about, while it is under review. */
    Optional<Item> item(Draft draft) {
        return draft.itemId() == null ? Optional.empty()
                : items.findById(draft.itemId()).filter(Item::underReview);
    }

    /** Agenda item {@code agendaItemId}, when it belongs to the officer's agency. */
    Optional<Item> agendaOf(OfficerView officer, long agendaItemId) {
        return items.findById(agendaItemId)
                .filter(item -> item.category() == Category.AGENDA && item.agencyId() == officer.agencyId());
    }

    /** Today where the officer's agency is: what "besok" and a date without a year count from. */
    LocalDate today(OfficerView officer) {
        return zones.today(officer, clock);
    }

    private Item submit(Draft draft, OfficerView officer, Phase phase) {
        Item item = items.save(draft.toItem(officer, phase, clock.instant()));
        events.publishEvent(item.submitted(officer));
        return item;
    }

    private Draft questionsAbout(Item item, OfficerView officer) {
        Draft questions = Draft.about(item, officer, item.sourceChatId(), clock.instant());
        if (questions.awaitsAgendaDetails()) {
            questions.learn(AgendaText.parse(questions.body(), today(officer)));
        }
        return questions.asks() ? drafts.save(questions) : null;
    }

    /** Deleted at once: the officer's next draft (one per officer) may be written in the same transaction. */
    void discard(Draft draft) {
        drafts.delete(draft);
        drafts.flush();
    }

    List<Draft> expired() {
        return drafts.findAll().stream().filter(this::expired).toList();
    }

    /** The draft, read again, if it is still there and still left alone too long. */
    Optional<Draft> stillExpired(long draftId) {
        return drafts.findById(draftId).filter(this::expired);
    }

    private boolean expired(Draft draft) {
        return draft.expired(clock.instant(), properties.intake().draftTimeout());
    }
}
