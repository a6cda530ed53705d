package id.humas.hub.intake;

import java.util.List;

import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingMessage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class CancelCommand implements CommandHandler {

    private final OfficerGate gate;
    private final Submissions submissions;
    private final SubmissionReplies replies;

    CancelCommand(OfficerGate gate, Submissions submissions, SubmissionReplies replies) {
        this.gate = gate;
        this.submissions = submissions;
        this.replies = replies;
    }

    @Override
    public List<String> names() {
        return List.of("batal", "cancel");
    }

    @Override
    public Audience audience() {
        return Audience.OFFICER;
    }

    @Override
    @Transactional
    public void handle(IncomingMessage message, String arguments) {
        gate.admit(message.from().userId(), message.chatId())
                .ifPresent(officer -> replies.tell(message.chatId(), null, submissions.cancel(officer)));
    }
}
