package id.humas.hub.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import id.humas.hub.agency.OfficerView;
import id.humas.hub.agency.Officers;
import id.humas.hub.intake.ItemStatus;
import id.humas.hub.intake.ItemView;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Excerpt;
import id.humas.hub.system.Formats;
import id.humas.hub.system.Markup;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Html;
import id.humas.hub.telegram.Keyboard;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.SentMessages;
import org.springframework.stereotype.Component;

/**
 * An item as the central team sees it: the card in the group (whole text, state, buttons; ref {@code item:<id>},
 * the latest one is what a review step edits) and the item with its history ({@code /item N}, the digest's
 * buttons; ref {@code itemview:<id>}). Both show only the buttons the state still allows.
 */
@Component
class ReviewCards {

    private static final int DETAIL_EXCERPT = 1200;
    private static final int NOTE_EXCERPT = 300;

    private final Officers officers;
    private final UrgentCard cards;
    private final ReviewButtons buttons;
    private final ReviewRecordRepository records;
    private final SentMessages sent;
    private final Outbox outbox;
    private final CentralTeam team;
    private final Texts texts;
    private final Formats formats;

    ReviewCards(Officers officers, UrgentCard cards, ReviewButtons buttons, ReviewRecordRepository records,
                SentMessages sent, Outbox outbox, CentralTeam team, Texts texts, Formats formats) {
        this.officers = officers;
        this.cards = cards;
        this.buttons = buttons;
        this.records = records;
        this.sent = sent;
        this.outbox = outbox;
        this.team = team;
        this.texts = texts;
        this.formats = formats;
    }

    static String cardRef(long itemId) {
        return "item:" + itemId;
    }

    private static String detailRef(long itemId) {
        return "itemview:" + itemId;
    }

    /** The card with the item's whole text and its state. */
    UrgentCard.Rendered card(ItemView item) {
        Who who = who(item);
        UrgentCard.Heading heading = item.urgent() ? UrgentCard.Heading.ISSUE : UrgentCard.Heading.routine(kind(item));
        return cards.render(heading, item.id(), who.agency(), who.officer(), who.username(), item.text(),
                item.editedAt(), footer(item));
    }

    Keyboard keyboard(ItemView item) {
        return buttons.keyboard(item.id(), item.category(), item.status(), item.version());
    }

    /** Posts the card to the central group (a new version): it becomes the card later steps edit. */
    void post(ItemView item) {
        if (!item.media().isEmpty()) {
            outbox.sendMedia(team.chatId(), item.media(), cards.mediaCaption(item.id(), who(item).agency()));
        }
        UrgentCard.Rendered card = card(item);
        outbox.send(team.chatId(), card.card(), keyboard(item), cardRef(item.id()));
        card.continuation().forEach(part -> outbox.send(team.chatId(), part));
    }

    /** Posts the item with its history and the buttons its state allows. */
    void postDetail(long chatId, ItemView item) {
        outbox.send(chatId, detail(item), keyboard(item), detailRef(item.id()));
    }

    /**
     * After a review step: the message whose button was pressed and the item's card in the group show the new
     * state and only the buttons still valid.
     *
     * @param pressedMessage null when not known
     */
    void refresh(ItemView item, long pressedChat, Integer pressedMessage) {
        Optional<Integer> groupCard = sent.messageId(team.chatId(), cardRef(item.id()));
        if (pressedMessage != null) {
            boolean isCard = sent.ref(pressedChat, pressedMessage).filter(cardRef(item.id())::equals).isPresent();
            outbox.edit(pressedChat, pressedMessage, isCard ? card(item).card() : detail(item), keyboard(item));
        }
        groupCard.filter(id -> pressedMessage == null || pressedChat != team.chatId() || !id.equals(pressedMessage))
                .ifPresent(id -> outbox.edit(team.chatId(), id, card(item).card(), keyboard(item)));
    }

    /** Agency, officer, kind, times, text (an excerpt when long), media, state, and every step so far. */
    String detail(ItemView item) {
        Who who = who(item);
        StringBuilder text = new StringBuilder(texts.html("review.detail", String.valueOf(item.id()), kind(item),
                who.agency(), Markup.trusted(officerHtml(who)), formats.dateTime(item.submittedAt()),
                String.valueOf(item.version()), String.valueOf(item.media().size()),
                texts.plain(item.status().textKey())));
        text.append("\n\n").append(item.text().isBlank() ? texts.html("review.no-text")
                : Html.escape(Excerpt.of(item.text(), DETAIL_EXCERPT)));
        text.append("\n\n").append(texts.html("review.history"));
        history(item).stream().sorted(Comparator.comparing(Step::at))
                .forEach(step -> text.append('\n').append(texts.html("review.history-line",
                        formats.dateTime(step.at()), Markup.trusted(step.html()))));
        return text.toString();
    }

    private List<Step> history(ItemView item) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(item.submittedAt(), texts.html("review.history.submitted", Markup.trusted(officerHtml(who(item))))));
        for (ReviewRecord record : records.findByItemIdOrderByIdAsc(item.id())) {
            String actor = record.actorName();
            String html = record.byOfficer()
                    ? texts.html("review.history.revised", actor, String.valueOf(record.itemVersion()))
                    : texts.html("review.history.step", actor, texts.plain(record.to().textKey())) + note(record);
            steps.add(new Step(record.at(), html));
        }
        if (item.editedAt() != null) {
            steps.add(new Step(item.editedAt(), texts.html("review.history.edited", String.valueOf(item.version()))));
        }
        return steps;
    }

    /** The version, when revised, and the last reviewer's step with its note. */
    private String footer(ItemView item) {
        String version = item.version() > 1 && item.versionAt() != null
                ? texts.html("review.version-mark", String.valueOf(item.version()), formats.dateTime(item.versionAt()))
                : "";
        String waiting = item.status() == ItemStatus.REVISION_REQUESTED
                ? "\n" + texts.html("review.awaiting-revision") : "";
        return version + records.findFirstByItemIdOrderByIdDesc(item.id())
                .filter(record -> !record.byOfficer())
                .map(record -> "\n\n" + texts.html("review.state", texts.plain(record.to().textKey()),
                        record.actorName(), formats.dateTime(record.at())) + note(record) + waiting)
                .orElse("");
    }

    private String note(ReviewRecord record) {
        return record.note() == null ? "" : "\n" + ReviewAction.leadingTo(record.to())
                .map(action -> texts.html("review.note." + action.key(),
                        Excerpt.of(record.note(), NOTE_EXCERPT)))
                .orElse("");
    }

    String kind(ItemView item) {
        String category = item.category() == null ? texts.html("digest.kind-unset")
                : texts.html(item.category().textKey());
        return item.phase() == null ? category : category + " · " + texts.html(item.phase().textKey());
    }

    /** The agency's name and the officer who sent the item, while they still serve it. */
    Who who(ItemView item) {
        String agency = officers.agencyName(item.agencyId());
        Optional<OfficerView> officer = officers.activeByUser(item.officerUserId())
                .filter(view -> view.agencyId() == item.agencyId());
        return new Who(agency, officer.map(OfficerView::displayName).orElseGet(() -> texts.html("review.former-officer")),
                officer.map(OfficerView::username).orElse(null));
    }

    private static String officerHtml(Who who) {
        return who.username() == null ? Html.escape(who.officer())
                : Html.escape(who.officer()) + " (@" + Html.escape(who.username()) + ")";
    }

    record Who(String agency, String officer, String username) {
    }

    private record Step(Instant at, String html) {
    }
}
