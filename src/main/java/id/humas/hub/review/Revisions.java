package id.humas.hub.review;

import java.time.Clock;
import java.util.Optional;

import id.humas.hub.agency.Officers;
import id.humas.hub.intake.ItemStatus;
import id.humas.hub.intake.ItemView;
import id.humas.hub.intake.Items;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.ReplyHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's reply to a revision request (ref {@code rvs:<item>:<version>}): its text, or a photo with its
 * caption, becomes the item's next version, which goes back to review with a new card in the central group. A
 * reply to a request that was already answered, or to an item no longer waiting for it, changes nothing and says
 * so. Only the agency's current officer may answer: after a handover the predecessor is refused, and the successor
 * (who got the request) answers it.
 */
@Component
class Revisions implements ReplyHandler {

    static final String PREFIX = "rvs";

    private final Items items;
    private final Officers officers;
    private final ReviewRecordRepository records;
    private final ReviewCards cards;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    Revisions(Items items, Officers officers, ReviewRecordRepository records, ReviewCards cards, Outbox outbox,
              Texts texts, Clock clock) {
        this.items = items;
        this.officers = officers;
        this.records = records;
        this.cards = cards;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    private boolean servesAgencyOf(ItemView item, long userId) {
        return officers.activeByUser(userId).filter(officer -> officer.agencyId() == item.agencyId()).isPresent();
    }

    static String ref(ItemView item) {
        return PREFIX + ":" + item.id() + ":" + item.version();
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    @Transactional
    public void handle(IncomingMessage reply, String ref) {
        String[] parts = ref.split(":");
        long itemId = Long.parseLong(parts[1]);
        int version = Integer.parseInt(parts[2]);
        String number = String.valueOf(itemId);
        Optional<ItemView> item = items.find(itemId);
        if (item.isPresent() && !servesAgencyOf(item.get(), reply.from().userId())) {
            outbox.send(reply.chatId(), texts.html("review.revision.not-officer", number));
            return;
        }
        if (item.isEmpty() || item.get().status() != ItemStatus.REVISION_REQUESTED
                || item.get().version() != version) {
            outbox.send(reply.chatId(), texts.html("review.revision.not-waiting", number,
                    item.map(view -> texts.plain(view.status().textKey())).orElse("-")));
            return;
        }
        if (reply.isUnsupported() || reply.text().isBlank() && reply.media().isEmpty()) {
            outbox.send(reply.chatId(), texts.html("review.revision.empty", number));
            return;
        }
        // The agency's current officer revises on behalf of the item's sender, who may have handed the agency over.
        Optional<ItemView> revised = items.revise(itemId, item.get().officerUserId(), version, reply.text().strip(),
                reply.media(), reply.chatId(), reply.messageId());
        if (revised.isEmpty()) {
            outbox.send(reply.chatId(), texts.html("review.revision.not-waiting", number, "-"));
            return;
        }
        ItemView next = revised.get();
        records.save(new ReviewRecord(itemId, ReviewRecord.REVISION_RECEIVED, ItemStatus.REVISION_REQUESTED,
                ItemStatus.NEW, reply.from().userId(), reply.from().displayName(), null, next.version(),
                clock.instant()));
        cards.post(next);
        outbox.send(reply.chatId(), texts.html("review.revision.received", number, String.valueOf(next.version())));
    }
}
