package id.humas.hub.telegram;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the central group, in its new home, that the bot followed it and what the operator should update. */
@Component
class ChatMigrationNotice {

    private final CentralTeam team;
    private final Outbox outbox;
    private final Texts texts;

    ChatMigrationNotice(CentralTeam team, Outbox outbox, Texts texts) {
        this.team = team;
        this.outbox = outbox;
        this.texts = texts;
    }

    /** A group migrates once; the ref keeps a second delivery of the event (a retry) from telling it twice. */
    @ApplicationModuleListener
    void on(ChatMigrated migrated) {
        String ref = "migrated:" + migrated.oldChatId();
        if (team.isChat(migrated.newChatId()) && !outbox.hasWritten(ref)) {
            outbox.notice(migrated.newChatId(), GroupNotice.REPORT, texts.html("team.group-migrated",
                    String.valueOf(migrated.oldChatId()), String.valueOf(migrated.newChatId())), ref);
        }
    }
}
