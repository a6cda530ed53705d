package id.humas.hub.telegram;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The bot's worker loops, for /kondisi: whether one stopped or failed lately. The inbox worker is looked up when
 * asked: it routes the commands, /kondisi among them.
 */
@Component
class Workers {

    private final ObjectProvider<InboxWorker> inbox;
    private final OutboxSender sender;
    private final CallbackAnswers answers;

    Workers(ObjectProvider<InboxWorker> inbox, OutboxSender sender, CallbackAnswers answers) {
        this.inbox = inbox;
        this.sender = sender;
        this.answers = answers;
    }

    List<WorkerLoop.Health> health() {
        return List.of(inbox.getObject().health(), sender.health(), answers.health());
    }
}
