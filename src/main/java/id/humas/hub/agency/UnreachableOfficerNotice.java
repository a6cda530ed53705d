package id.humas.hub.agency;

import java.util.Locale;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.ChatBecameUnreachable;
import id.humas.hub.telegram.GroupNotice;
import id.humas.hub.telegram.Outbox;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the central group when the bot can no longer reach an active officer, so someone can call them. */
@Component
class UnreachableOfficerNotice {

    private final Officers officers;
    private final CentralTeam team;
    private final Outbox outbox;
    private final Texts texts;

    UnreachableOfficerNotice(Officers officers, CentralTeam team, Outbox outbox, Texts texts) {
        this.officers = officers;
        this.team = team;
        this.outbox = outbox;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(ChatBecameUnreachable unreachable) {
        officers.active().stream()
                .filter(officer -> officer.chatId() == unreachable.chatId())
                .findFirst()
                .ifPresent(officer -> outbox.notice(team.chatId(), GroupNotice.UNREACHABLE_OFFICERS, texts.html("team.officer-unreachable",
                        officer.displayName(), officer.agencyName(),
                        texts.plain("unreachable." + unreachable.reason().name().toLowerCase(Locale.ROOT)))));
    }
}
