package id.humas.hub.broadcast;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import id.humas.hub.system.Markup;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Keyboard;
import id.humas.hub.telegram.MediaRef;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /siaran TEXT}, or a photo or document with the caption {@code /siaran TEXT}: to every active officer, or with
 * {@code @Agency A, Agency B | TEXT} to those agencies' officers. Nothing goes yet: the writer sees a preview —
 * exactly what the officers will get, to whom, how many — with {@code Kirim} and {@code Batal}
 * ({@link BroadcastButtons}).
 */
@Component
class BroadcastCommand implements CommandHandler {

    private final BroadcastTargets targets;
    private final BroadcastSending sending;
    private final BroadcastRepository broadcasts;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    BroadcastCommand(BroadcastTargets targets, BroadcastSending sending, BroadcastRepository broadcasts,
                     Outbox outbox, Texts texts, Clock clock) {
        this.targets = targets;
        this.sending = sending;
        this.broadcasts = broadcasts;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("siaran", "broadcast");
    }

    @Override
    public Audience audience() {
        return Audience.TEAM;
    }

    @Override
    @Transactional
    public void handle(IncomingMessage message, String text) {
        long chat = message.chatId();
        if (message.media().size() > 1) {
            outbox.send(chat, texts.html("broadcast.one-file"));
            return;
        }
        MediaRef media = message.media().isEmpty() ? null : message.media().get(0);
        BroadcastTargets.Request request = targets.read(text);
        if (!request.problems().isEmpty()) {
            outbox.send(chat, problems(request));
            return;
        }
        if (request.text().isBlank() && media == null) {
            outbox.send(chat, texts.html("broadcast.usage"));
            return;
        }
        List<Long> agencies = request.everyone() ? null : new ArrayList<>(request.agencies().keySet());
        int recipients = sending.recipients(agencies).size();
        if (recipients == 0) {
            outbox.send(chat, texts.html(request.everyone() ? "broadcast.nobody" : "broadcast.nobody-there"));
            return;
        }
        Broadcast draft = broadcasts.save(Broadcast.draft(message.from().userId(), chat, request.text(), media,
                agencies, recipients, clock.instant()));
        String number = String.valueOf(draft.id());
        String audience = request.everyone() ? texts.html("broadcast.audience.all")
                : texts.html("broadcast.audience.agencies", String.join(", ", request.agencies().values()));
        Keyboard keyboard = Keyboard.row(
                new Keyboard.Button(texts.plain("broadcast.button.send"), BroadcastButtons.data("k", draft.id())),
                new Keyboard.Button(texts.plain("broadcast.button.cancel"), BroadcastButtons.data("b", draft.id())));
        if (media == null) {
            outbox.send(chat, texts.html("broadcast.preview", number, Markup.trusted(audience),
                    String.valueOf(recipients), Markup.trusted(sending.html(request.text()))), keyboard);
        } else {
            outbox.sendMedia(chat, List.of(media), sending.html(request.text()));
            outbox.send(chat, texts.html("broadcast.preview.media", number, Markup.trusted(audience),
                    String.valueOf(recipients)), keyboard);
        }
    }

    private String problems(BroadcastTargets.Request request) {
        StringBuilder html = new StringBuilder();
        request.problems().forEach(problem -> html.append(texts.html(problem.key(), problem.name(), problem.matches()))
                .append('\n'));
        return html.append('\n').append(texts.html("broadcast.agency-hint")).toString();
    }
}
