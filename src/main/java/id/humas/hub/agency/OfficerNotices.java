package id.humas.hub.agency;

import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;

/** Tells an officer, politely, what the central team's upkeep changed for their agency; forgets the cached officer. */
@Component
class OfficerNotices {

    private final Outbox outbox;
    private final Texts texts;

    OfficerNotices(Outbox outbox, Texts texts) {
        this.outbox = outbox;
        this.texts = texts;
    }

    void renamed(Officer officer, String oldName, String newName) {
        tell(officer, texts.html("upkeep.officer.renamed", oldName, newName));
    }

    void archived(Officer officer, String agency) {
        tell(officer, texts.html("upkeep.officer.archived", agency));
    }

    void restored(Officer officer, String agency) {
        tell(officer, texts.html("upkeep.officer.restored", agency));
    }

    void removed(Officer officer, String agency) {
        tell(officer, texts.html("upkeep.officer.removed", officer.displayName(), agency));
    }

    /** Their agency was merged into one that has an officer: their term ends. */
    void mergedAway(Officer officer, String from, String into) {
        tell(officer, texts.html("upkeep.officer.merged-away", officer.displayName(), from, into));
    }

    /** Their agency was merged into a vacant one: they now report for it. */
    void mergedAlong(Officer officer, String from, String into) {
        tell(officer, texts.html("upkeep.officer.merged-along", from, into));
    }

    private void tell(Officer officer, String html) {
        outbox.send(officer.chatId(), html);
    }
}
