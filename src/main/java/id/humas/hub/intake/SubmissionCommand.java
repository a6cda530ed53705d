package id.humas.hub.intake;

import java.util.List;

import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingMessage;
import org.springframework.transaction.annotation.Transactional;

/**
 * /isu, /lapor and /agenda: the same flow with a different kind (none for /lapor). A photo or video captioned
 * with the command carries its media along.
 */
class SubmissionCommand implements CommandHandler {

    private final List<String> names;
    private final Category category;
    private final OfficerGate gate;
    private final Submissions submissions;
    private final SubmissionReplies replies;

    SubmissionCommand(List<String> names, Category category, OfficerGate gate, Submissions submissions,
                      SubmissionReplies replies) {
        this.names = List.copyOf(names);
        this.category = category;
        this.gate = gate;
        this.submissions = submissions;
        this.replies = replies;
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public Audience audience() {
        return Audience.OFFICER;
    }

    @Override
    @Transactional
    public void handle(IncomingMessage message, String text) {
        gate.admit(message.from().userId(), message.chatId()).ifPresent(officer -> replies.tell(message.chatId(),
                null, submissions.unsupported(message).map(List::of)
                        .orElseGet(() -> submissions.command(officer, category, message, text))));
    }
}
