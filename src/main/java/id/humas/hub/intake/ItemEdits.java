package id.humas.hub.intake;

import java.time.Clock;
import java.util.Optional;

import id.humas.hub.agency.OfficerView;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.EditedMessageHandler;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer edited a message they sent. If it became an item still under review, the item takes the new text
 * (announced as {@link ItemEdited}); if it is the one message of the submission being prepared, the draft does.
 * An item already decided on stays as it is, and the officer is told to send a new one. Edits of commands that
 * made nothing are ignored; edits of other messages get a short hint.
 */
@Component
class ItemEdits implements EditedMessageHandler {

    private final OfficerGate gate;
    private final ItemRepository items;
    private final DraftRepository drafts;
    private final Outbox outbox;
    private final Texts texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ItemEdits(OfficerGate gate, ItemRepository items, DraftRepository drafts, Outbox outbox, Texts texts,
              ApplicationEventPublisher events, Clock clock) {
        this.gate = gate;
        this.items = items;
        this.drafts = drafts;
        this.outbox = outbox;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void handle(IncomingMessage edited, String content, boolean command) {
        Optional<OfficerView> officer = gate.silently(edited.from().userId());
        Optional<Item> item = items.findBySourceChatIdAndSourceMessageId(edited.chatId(), edited.messageId())
                .filter(found -> found.officerUserId() == edited.from().userId());
        if (item.isPresent() && officer.filter(current -> current.agencyId() == item.get().agencyId()).isEmpty()) {
            // after a handover the predecessor can no longer change the agency's items
            outbox.send(edited.chatId(), texts.html("edit.not-officer", String.valueOf(item.get().id())));
            return;
        }
        if (officer.isEmpty()) {
            return;
        }
        if (item.isPresent()) {
            edit(officer.get(), item.get(), content.strip(), edited.chatId());
            return;
        }
        Optional<Draft> draft = drafts.findByUserId(officer.get().userId())
                .filter(open -> open.cameFrom(edited.messageId()) && open.actsFor(officer.get()));
        if (draft.isPresent() && !content.isBlank() && content.strip().length() <= Item.MAX_BODY) {
            draft.get().replaceText(content);
            outbox.send(edited.chatId(), texts.html("edit.draft-updated"));
        } else if (!command) {
            outbox.send(edited.chatId(), texts.html("edit.not-linked"));
        }
    }

    private void edit(OfficerView officer, Item item, String text, long chatId) {
        String number = String.valueOf(item.id());
        if (!item.underReview()) {
            outbox.send(chatId, texts.html("edit.closed", number, texts.plain(item.status().textKey())));
        } else if (text.equals(item.body())) {
            return; // Telegram reports edits that change nothing the item keeps (formatting, link previews)
        } else if (text.isEmpty() && item.media().isEmpty()) {
            outbox.send(chatId, texts.html("edit.empty", number));
        } else if (text.length() > Item.MAX_BODY) {
            outbox.send(chatId, texts.html("submit.too-long", String.valueOf(Item.MAX_BODY)));
        } else {
            events.publishEvent(item.edit(text, officer, clock.instant()));
            outbox.send(chatId, texts.html(item.category() == Category.ISSUE ? "edit.updated-urgent" : "edit.updated",
                    number));
        }
    }
}
