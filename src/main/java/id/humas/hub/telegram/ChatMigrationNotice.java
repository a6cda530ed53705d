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

    @ApplicationModuleListener
    void on(ChatMigrated migrated) {
        if (team.isChat(migrated.newChatId())) {
            outbox.notice(migrated.newChatId(), GroupNotice.REPORT, texts.html("team.group-migrated", String.valueOf(migrated.oldChatId()),
                    String.valueOf(migrated.newChatId())));
        }
    }
}
