package id.humas.hub.review;

import id.humas.hub.agency.Officers;
import id.humas.hub.intake.ItemView;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;

/**
 * Tells the agency's current officer the outcome of a review step: after a handover that is the successor, not the
 * officer who sent the item, who can do nothing with it any more. An agency without an officer hears nothing.
 */
@Component
class OutcomeNotices {

    private final Officers officers;
    private final Outbox outbox;
    private final Texts texts;

    OutcomeNotices(Officers officers, Outbox outbox, Texts texts) {
        this.officers = officers;
        this.outbox = outbox;
        this.texts = texts;
    }

    void tell(ItemView item, ReviewAction action, String note) {
        officers.activeInAgency(item.agencyId()).ifPresent(officer -> {
            String number = String.valueOf(item.id());
            long chat = officer.chatId();
            switch (action) {
                case ACCEPT -> outbox.send(chat, texts.html("review.officer.accept", number));
                case REQUEST_REVISION -> outbox.ask(chat, texts.html("review.officer.request-revision", number, note),
                        null, texts.plain("review.placeholder.revision"), Revisions.ref(item));
                case REJECT -> outbox.send(chat, note == null ? texts.html("review.officer.reject", number)
                        : texts.html("review.officer.reject-reason", number, note));
                case PUBLISHED -> outbox.send(chat, texts.html("review.officer.published", number, note));
            }
        });
    }
}
