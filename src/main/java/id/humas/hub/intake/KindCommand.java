package id.humas.hub.intake;

import java.util.List;

import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code /jenis N JENIS [FASE]} ({@code /kind}): sets or changes an item's kind while it is under review. */
@Component
class KindCommand implements CommandHandler {

    private final KindChanges changes;
    private final SubmissionReplies replies;

    KindCommand(KindChanges changes, SubmissionReplies replies) {
        this.changes = changes;
        this.replies = replies;
    }

    @Override
    public List<String> names() {
        return List.of("jenis", "kind");
    }

    @Override
    public Audience audience() {
        return Audience.ANYONE;
    }

    @Override
    @Transactional
    public void handle(IncomingMessage message, String arguments) {
        replies.tell(message.chatId(), null, List.of(changes.change(message.from().userId(), arguments)));
    }
}
