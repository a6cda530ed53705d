package id.humas.hub.intake;

import id.humas.hub.system.Texts;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.PrivateMessageHandler;
import org.springframework.stereotype.Component;

/** Any private message that is not a command: the start (or continuation) of a guided submission. */
@Component
class GuidedSubmission implements PrivateMessageHandler {

    private final OfficerGate gate;
    private final Submissions submissions;
    private final Outbox outbox;
    private final Texts texts;

    GuidedSubmission(OfficerGate gate, Submissions submissions, Outbox outbox, Texts texts) {
        this.gate = gate;
        this.submissions = submissions;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public void handle(IncomingMessage message) {
        gate.admit(message.from().userId(), message.chatId()).ifPresent(officer -> {
            if (message.unsupported()) {
                outbox.send(message.chatId(), texts.get("submit.unsupported"));
            } else {
                submissions.receive(officer, message);
            }
        });
    }
}
