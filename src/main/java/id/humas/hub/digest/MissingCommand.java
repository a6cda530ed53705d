package id.humas.hub.digest;

import java.time.Clock;
import java.util.List;

import id.humas.hub.review.UnacknowledgedIssues;
import id.humas.hub.system.Markup;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code /belum}: the agencies that have sent nothing since the last digest, and the isu nobody has acknowledged. */
@Component
class MissingCommand implements CommandHandler {

    private final Coverage coverage;
    private final DigestRenderer renderer;
    private final Outbox outbox;
    private final Texts texts;
    private final UnacknowledgedIssues unacknowledged;
    private final Clock clock;

    MissingCommand(Coverage coverage, DigestRenderer renderer, Outbox outbox, Texts texts,
                   UnacknowledgedIssues unacknowledged, Clock clock) {
        this.coverage = coverage;
        this.renderer = renderer;
        this.outbox = outbox;
        this.texts = texts;
        this.unacknowledged = unacknowledged;
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("belum", "missing");
    }

    @Override
    public Audience audience() {
        return Audience.TEAM;
    }

    @Override
    @Transactional(readOnly = true)
    public void handle(IncomingMessage message, String arguments) {
        String period = texts.html("coverage.period", Markup.trusted(renderer.since(coverage.periodStart())));
        outbox.send(message.chatId(), period + "\n" + renderer.silentList(Coverage.silent(coverage.agencies(), coverage.pending()))
                + renderer.unacknowledged(unacknowledged.all(), clock.instant()));
    }
}
