package id.humas.hub.review;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import id.humas.hub.system.BotProperties;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Html;
import id.humas.hub.telegram.Keyboard;
import org.springframework.stereotype.Component;

/** Who acknowledged an isu and when, as its card and its raised messages show it. */
@Component
class IsuClaimLine {

    private final IsuWatchRepository watches;
    private final Texts texts;
    private final DateTimeFormatter time;

    IsuClaimLine(IsuWatchRepository watches, Texts texts, BotProperties properties) {
        this.watches = watches;
        this.texts = texts;
        this.time = DateTimeFormatter.ofPattern("HH:mm", properties.language()).withZone(properties.timezone());
    }

    /** "" while the isu is not acknowledged (or is no isu) */
    String of(long itemId) {
        return watches.findById(itemId).filter(IsuWatch::acknowledged).map(this::of).orElse("");
    }

    String of(IsuWatch watch) {
        return texts.html("isu.claimed-line", watch.acknowledgedName(), time(watch.acknowledgedAt()));
    }

    /** The Tangani button, while the isu waits for someone to acknowledge it; none for any other item. */
    Optional<Keyboard.Button> button(long itemId) {
        return watches.findById(itemId).filter(watch -> !watch.acknowledged())
                .map(watch -> new Keyboard.Button(texts.plain("isu.button.claim"), ClaimButton.PREFIX + ":" + itemId));
    }

    String time(Instant instant) {
        return time.format(instant);
    }
}
