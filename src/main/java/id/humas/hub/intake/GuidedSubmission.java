package id.humas.hub.intake;

import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.PrivateMessageHandler;
import org.springframework.stereotype.Component;

/** Any private message that is not a command: the start (or continuation) of a guided submission. */
@Component
class GuidedSubmission implements PrivateMessageHandler {

    private final OfficerGate gate;
    private final Submissions submissions;

    GuidedSubmission(OfficerGate gate, Submissions submissions) {
        this.gate = gate;
        this.submissions = submissions;
    }

    @Override
    public void handle(IncomingMessage message) {
        gate.admit(message.from().userId(), message.chatId()).ifPresent(officer -> {
            if (!submissions.refuseUnsupported(message)) {
                submissions.receive(officer, message);
            }
        });
    }
}
