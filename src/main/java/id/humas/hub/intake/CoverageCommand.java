package id.humas.hub.intake;

import java.util.List;

import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@code /liputan N}: sends the coverage of agenda item N, like the button under the bot's request. */
@Component
class CoverageCommand implements CommandHandler {

    private final OfficerGate gate;
    private final Submissions submissions;
    private final SubmissionReplies replies;
    private final Outbox outbox;
    private final Texts texts;

    CoverageCommand(OfficerGate gate, Submissions submissions, SubmissionReplies replies, Outbox outbox,
                    Texts texts) {
        this.gate = gate;
        this.submissions = submissions;
        this.replies = replies;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("liputan", "coverage");
    }

    @Override
    public Audience audience() {
        return Audience.OFFICER;
    }

    @Override
    @Transactional
    public void handle(IncomingMessage message, String arguments) {
        gate.admit(message.from().userId(), message.chatId()).ifPresent(officer -> {
            String number = arguments.strip().replaceFirst("^#", "");
            if (!number.matches("\\d{1,18}")) {
                outbox.send(message.chatId(), texts.html("liputan.usage"));
                return;
            }
            replies.tell(message.chatId(), null,
                    submissions.startCoverage(officer, message.chatId(), Long.parseLong(number)));
        });
    }
}
