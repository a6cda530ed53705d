package id.humas.hub.agency;

import java.util.List;

import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;

/** {@code /undang NAME}: a one-time link that registers the agency's officer, sent to the inviter privately. */
@Component
class InviteCommand implements CommandHandler {

    private final Registration registration;
    private final Outbox outbox;
    private final Texts texts;

    InviteCommand(Registration registration, Outbox outbox, Texts texts) {
        this.registration = registration;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("undang", "invite");
    }

    @Override
    public Audience audience() {
        return Audience.TEAM;
    }

    @Override
    public void handle(IncomingMessage message, String arguments) {
        String name = Agency.tidy(arguments);
        if (name.isEmpty()) {
            outbox.send(message.chatId(), texts.html("invite.usage"));
        } else if (name.length() > Agency.MAX_NAME || name.contains("\n")) {
            outbox.send(message.chatId(), texts.html("invite.name-too-long", String.valueOf(Agency.MAX_NAME)));
        } else {
            registration.invite(name, message.from(), message.chatId(), message.isPrivate());
        }
    }
}
