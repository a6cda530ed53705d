package id.humas.hub.intake;

import id.humas.hub.system.Texts;
import id.humas.hub.telegram.CallbackHandler;
import id.humas.hub.telegram.IncomingCallback;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "Kirim liputan" under a coverage request: data {@code cv:<agenda item>}; forged or stale data changes nothing. */
@Component
class CoverageButton implements CallbackHandler {

    static final String PREFIX = "cv";

    private final OfficerGate gate;
    private final Submissions submissions;
    private final SubmissionReplies replies;
    private final Outbox outbox;
    private final Texts texts;

    CoverageButton(OfficerGate gate, Submissions submissions, SubmissionReplies replies, Outbox outbox,
                    Texts texts) {
        this.gate = gate;
        this.submissions = submissions;
        this.replies = replies;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    @Transactional
    public void handle(IncomingCallback callback) {
        String number = callback.data();
        var officer = gate.silently(callback.from().userId());
        if (!number.matches("\\d{1,18}") || officer.isEmpty()) {
            outbox.answer(callback, texts.plain("button.stale"));
            return;
        }
        replies.tell(callback.chatId(), callback,
                submissions.startCoverage(officer.get(), callback.chatId(), Long.parseLong(number)));
    }
}
