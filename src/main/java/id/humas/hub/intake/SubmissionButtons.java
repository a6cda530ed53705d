package id.humas.hub.intake;

import id.humas.hub.system.Texts;
import id.humas.hub.telegram.CallbackHandler;
import id.humas.hub.telegram.IncomingCallback;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;

/** The buttons of the guided submission: kind, phase, cancel. Forged or stale data changes nothing. */
@Component
class SubmissionButtons implements CallbackHandler {

    private final OfficerGate gate;
    private final Submissions submissions;
    private final Outbox outbox;
    private final Texts texts;

    SubmissionButtons(OfficerGate gate, Submissions submissions, Outbox outbox, Texts texts) {
        this.gate = gate;
        this.submissions = submissions;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public String prefix() {
        return Prompts.PREFIX;
    }

    @Override
    public void handle(IncomingCallback callback) {
        String[] parts = callback.data().split(":");
        var officer = gate.silently(callback.from().userId());
        if (parts.length != 3 || !parts[1].matches("\\d{1,18}") || officer.isEmpty()) {
            outbox.answer(callback, texts.get("button.stale"));
            return;
        }
        long draftId = Long.parseLong(parts[1]);
        switch (parts[0]) {
            case "c" -> Category.ofCode(parts[2]).ifPresentOrElse(
                    category -> submissions.chooseCategory(officer.get(), callback, draftId, category),
                    () -> outbox.answer(callback, texts.get("button.stale")));
            case "p" -> Phase.ofName(parts[2]).ifPresentOrElse(
                    phase -> submissions.choosePhase(officer.get(), callback, draftId, phase),
                    () -> outbox.answer(callback, texts.get("button.stale")));
            case "x" -> submissions.cancel(officer.get(), callback, draftId);
            default -> outbox.answer(callback, texts.get("button.stale"));
        }
    }
}
