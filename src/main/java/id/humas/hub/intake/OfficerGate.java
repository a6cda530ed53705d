package id.humas.hub.intake;

import java.util.Optional;

import id.humas.hub.agency.ActiveOfficer;
import id.humas.hub.agency.OfficerView;
import id.humas.hub.agency.Officers;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;

/**
 * Lets registered officers through and tells everyone else how to register; the officer of an archived agency is
 * told that nothing can be recorded for it.
 */
@Component
class OfficerGate {

    private final Officers officers;
    private final Outbox outbox;
    private final Texts texts;

    OfficerGate(Officers officers, Outbox outbox, Texts texts) {
        this.officers = officers;
        this.outbox = outbox;
        this.texts = texts;
    }

    Optional<OfficerView> admit(long userId, long chatId) {
        Optional<ActiveOfficer> officer = officers.activeWithAgency(userId);
        if (officer.isEmpty()) {
            outbox.send(chatId, texts.html("start.not-registered"));
        } else if (officer.get().agencyArchived()) {
            outbox.send(chatId, texts.html("upkeep.officer.archived-refused", officer.get().view().agencyName()));
            return Optional.empty();
        }
        return officer.map(ActiveOfficer::view);
    }

    /** For button presses: a former officer's old buttons no longer work. */
    Optional<OfficerView> silently(long userId) {
        return officers.activeByUser(userId);
    }
}
