package id.humas.hub.digest;

import java.util.List;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;

/** {@code /ringkasan}: the digest now, in the central group. */
@Component
class DigestCommand implements CommandHandler {

    private final Digests digests;
    private final CentralTeam team;
    private final Outbox outbox;
    private final Texts texts;

    DigestCommand(Digests digests, CentralTeam team, Outbox outbox, Texts texts) {
        this.digests = digests;
        this.team = team;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("ringkasan", "digest");
    }

    @Override
    public Audience audience() {
        return Audience.TEAM;
    }

    @Override
    public void handle(IncomingMessage message, String arguments) {
        digests.post(DigestRun.Trigger.COMMAND);
        if (!team.isChat(message.chatId())) {
            outbox.send(message.chatId(), texts.html("digest.posted-to-group"));
        }
    }
}
