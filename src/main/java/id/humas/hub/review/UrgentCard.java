package id.humas.hub.review;

import java.time.Instant;
import java.util.List;

import id.humas.hub.system.Excerpt;
import id.humas.hub.system.Formats;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Bundle;
import id.humas.hub.telegram.Html;
import org.springframework.stereotype.Component;

/**
 * The card an isu gets in the central group: agency, officer, text. It is always one Telegram message, so that the
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
        String number = String.valueOf(itemId);
        String officer = officerUsername == null
                ? Html.escape(officerName)
                : Html.escape(officerName) + " (@" + Html.escape(officerUsername) + ")";
        String edited = (editedAt == null ? "" : texts.get("review.edited-mark", formats.dateTime(editedAt)))
                + claims.of(itemId);
        if (text.isBlank()) {
            return new Rendered(card(number, agencyName, officer, edited, texts.get("review.no-text")), List.of());
        }
        String whole = card(number, agencyName, officer, edited, Html.escape(text));
        if (whole.length() <= MESSAGE_LIMIT) {
            return new Rendered(whole, List.of());
        }
        String notice = texts.get("review.text-cut", String.valueOf(text.length()));
        int room = MESSAGE_LIMIT - card(number, agencyName, officer, edited, "").length() - notice.length() - 2;
        String shown = Html.prefixFitting(text, room);
        String rest = text.substring(shown.length()).strip();
        String cut = Html.escape(shown.stripTrailing()) + "\n\n" + notice;
        return new Rendered(card(number, agencyName, officer, edited, cut),
                List.of(texts.get("review.text-continued", number) + "\n" + Html.escape(rest)));
    }

    /** The caption of the isu's media, which go out before its card. */
    String mediaCaption(long itemId, String agencyName) {
        return texts.get("review.media-caption", String.valueOf(itemId), Html.escape(agencyName));
    }

    /** The isu's line in a combined message, when more arrive at once than the group may be sent. */
    Bundle bundle(long itemId, String agencyName, String text, int mediaCount) {
        String number = String.valueOf(itemId);
        String shown = text.isBlank() ? texts.get("review.no-text") : Html.escape(Excerpt.of(text, SUMMARY_LENGTH));
        String media = mediaCount == 0 ? "" : " " + texts.get("review.summary-media", String.valueOf(mediaCount));
        return new Bundle("item:" + number, texts.get("review.urgent-summary", number, Html.escape(agencyName), shown)
                + media, "#" + number);
    }

    private String card(String number, String agencyName, String officer, String edited, String textHtml) {
        return texts.get("review.urgent-card", number, Html.escape(agencyName), officer, textHtml, edited);
    }

    /** @param continuation HTML that may be longer than one message: the outbox splits it */
    record Rendered(String card, List<String> continuation) {
    }
}
