package id.humas.hub.intake;

import java.util.List;

import id.humas.hub.system.Texts;
import id.humas.hub.telegram.CallbackHandler;
import id.humas.hub.telegram.IncomingCallback;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The buttons of the guided submission: kind, phase, cancel. Forged or stale data changes nothing. */
@Component
class SubmissionButtons implements CallbackHandler {

    private final OfficerGate gate;
    private final Submissions submissions;
    private final DraftAnswers answers;
    private final SubmissionReplies replies;
    private final Outbox outbox;
    private final Texts texts;

    SubmissionButtons(OfficerGate gate, Submissions submissions, DraftAnswers answers, SubmissionReplies replies,
                      Outbox outbox, Texts texts) {
        this.gate = gate;
        this.submissions = submissions;
        this.answers = answers;
        this.replies = replies;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public String prefix() {
        return Prompts.PREFIX;
    }

    @Override
    @Transactional
    public void handle(IncomingCallback callback) {
        String[] parts = callback.data().split(":");
        var officer = gate.silently(callback.from().userId());
        if (parts.length != 3 || !parts[1].matches("\\d{1,18}") || officer.isEmpty()) {
            outbox.answer(callback, texts.plain("button.stale"));
            return;
        }
        long draftId = Long.parseLong(parts[1]);
        List<Outcome> stale = List.of(new Outcome.Stale());
        List<Outcome> outcomes = switch (parts[0]) {
            case "c" -> Category.ofCode(parts[2])
                    .map(category -> answers.chooseCategory(officer.get(), draftId, category)).orElse(stale);
            case "p" -> Phase.ofName(parts[2])
                    .map(phase -> answers.choosePhase(officer.get(), draftId, phase)).orElse(stale);
            case "x" -> submissions.cancel(officer.get(), draftId);
            default -> stale;
        };
        replies.tell(callback.chatId(), callback, outcomes);
    }
}
