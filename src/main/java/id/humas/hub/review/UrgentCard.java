package id.humas.hub.review;

import java.time.Instant;
import java.util.List;

import id.humas.hub.system.Excerpt;
import id.humas.hub.system.Formats;
import id.humas.hub.system.Markup;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Bundle;
import id.humas.hub.telegram.Html;
import org.springframework.stereotype.Component;

/**
 * The card an item gets in the central group: agency, officer, text; an isu's is posted at once, another item's when
 * a reviewer asks for it or a new version arrives. After a review step the card also shows the item's state. It is always one Telegram message, so that the
 * review buttons sit under it and an edit can replace it; a text too long for one message is cut with a notice on
 * the card, and the rest follows in continuation messages.
 */
@Component
class UrgentCard {

    /** Telegram's limit for a message; the card is measured as HTML, which is never shorter than what shows. */
    private static final int MESSAGE_LIMIT = 4096;
    private static final int SUMMARY_LENGTH = 159;

    private final Texts texts;
    private final Formats formats;
    private final IsuClaimLine claims;

    UrgentCard(Texts texts, Formats formats, IsuClaimLine claims) {
        this.texts = texts;
        this.formats = formats;
        this.claims = claims;
    }

    /**
     * @param editedAt when the officer last edited the text, or null
     * @return the card, then the continuation messages (none when the text fits)
     */
    Rendered render(long itemId, String agencyName, String officerName, String officerUsername, String text,
                    Instant editedAt) {
        return render(Heading.ISSUE, itemId, agencyName, officerName, officerUsername, text, editedAt, "");
    }

    /**
     * @param heading what kind of card: an isu's, or another item's with its kind
     * @param footer  HTML after the text (the review state), kept whole when the text is cut; may be empty
     */
    Rendered render(Heading heading, long itemId, String agencyName, String officerName, String officerUsername,
                    String text, Instant editedAt, String footer) {
        String number = String.valueOf(itemId);
        String officer = officerUsername == null
                ? Html.escape(officerName)
                : Html.escape(officerName) + " (@" + Html.escape(officerUsername) + ")";
        String edited = (editedAt == null ? "" : texts.html("review.edited-mark", formats.dateTime(editedAt)))
                + claims.of(itemId);
        Card card = textHtml -> texts.html(heading.cardKey(), number, agencyName, Markup.trusted(officer),
                Markup.trusted(textHtml), Markup.trusted(edited), heading.kind()) + footer;
        if (text.isBlank()) {
            return new Rendered(card.with(texts.html("review.no-text")), List.of());
        }
        String whole = card.with(Html.escape(text));
        if (whole.length() <= MESSAGE_LIMIT) {
            return new Rendered(whole, List.of());
        }
        String notice = texts.html("review.text-cut", String.valueOf(text.length()));
        int room = MESSAGE_LIMIT - card.with("").length() - notice.length() - 2;
        String shown = Html.prefixFitting(text, room);
        String rest = text.substring(shown.length()).strip();
        String cut = Html.escape(shown.stripTrailing()) + "\n\n" + notice;
        return new Rendered(card.with(cut),
                List.of(texts.html(heading.continuedKey(), number, heading.kind()) + "\n" + Html.escape(rest)));
    }

    /** The caption of the isu's media, which go out before its card. */
    String mediaCaption(long itemId, String agencyName) {
        return texts.html("review.media-caption", String.valueOf(itemId), agencyName);
    }

    /** The isu's line in a combined message, when more arrive at once than the group may be sent. */
    Bundle bundle(long itemId, String agencyName, String text, int mediaCount) {
        String number = String.valueOf(itemId);
        String shown = text.isBlank() ? texts.html("review.no-text") : Html.escape(Excerpt.of(text, SUMMARY_LENGTH));
        String media = mediaCount == 0 ? "" : " " + texts.html("review.summary-media", String.valueOf(mediaCount));
        return new Bundle("item:" + number, texts.html("review.urgent-summary", number, agencyName, Markup.trusted(shown))
                + media, "#" + number);
    }

    private interface Card {
        String with(String textHtml);
    }

    /** @param kind the item's kind (category and phase) as shown, for the cards of items other than isu */
    record Heading(String cardKey, String continuedKey, String kind) {

        static final Heading ISSUE = new Heading("review.urgent-card", "review.text-continued", "");

        static Heading routine(String kind) {
            return new Heading("review.item-card", "review.item-text-continued", kind);
        }
    }

    /** @param continuation HTML that may be longer than one message: the outbox splits it */
    record Rendered(String card, List<String> continuation) {
    }
}
