package id.humas.hub.intake;

import java.util.List;

import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.PrivateMessageHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Any private message that is not a command: the start (or continuation) of a guided submission. */
@Component
class GuidedSubmission implements PrivateMessageHandler {

    private final OfficerGate gate;
    private final Submissions submissions;
    private final SubmissionReplies replies;

    GuidedSubmission(OfficerGate gate, Submissions submissions, SubmissionReplies replies) {
        this.gate = gate;
        this.submissions = submissions;
        this.replies = replies;
    }

    @Override
    @Transactional
    public void handle(IncomingMessage message) {
        gate.admit(message.from().userId(), message.chatId()).ifPresent(officer -> replies.tell(message.chatId(),
                null, submissions.unsupported(message).map(List::of)
                        .orElseGet(() -> submissions.receive(officer, message))));
    }
}
