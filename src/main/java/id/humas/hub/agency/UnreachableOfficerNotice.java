package id.humas.hub.agency;

import java.util.Locale;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.ChatBecameUnreachable;
import id.humas.hub.telegram.GroupNotice;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.Reachability;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the central group when the bot can no longer reach an active officer, so someone can call them. */
@Component
class UnreachableOfficerNotice {

    private final Officers officers;
    private final CentralTeam team;
    private final Outbox outbox;
    private final Texts texts;
    private final Reachability reachability;

    UnreachableOfficerNotice(Officers officers, CentralTeam team, Outbox outbox, Texts texts,
                             Reachability reachability) {
        this.officers = officers;
        this.team = team;
        this.outbox = outbox;
        this.texts = texts;
        this.reachability = reachability;
    }

    /**
     * The event may come again (retried after a failure, or after a crash between this listener's commit and the
     * event's completion): the notice's ref, naming the chat and since when it is unreachable, tells whether it was
     * written already. A chat reachable again by now needs no notice.
     */
    @ApplicationModuleListener
    void on(ChatBecameUnreachable unreachable) {
        String ref = reachability.of(unreachable.chatId())
                .map(since -> "unreachable:" + unreachable.chatId() + ":" + since.since().toEpochMilli())
                .orElse(null);
        if (ref == null || outbox.hasWritten(ref)) {
            return;
        }
        officers.active().stream()
                .filter(officer -> officer.chatId() == unreachable.chatId())
                .findFirst()
                .ifPresent(officer -> outbox.notice(team.chatId(), GroupNotice.UNREACHABLE_OFFICERS,
                        texts.html("team.officer-unreachable", officer.displayName(), officer.agencyName(),
                                texts.plain("unreachable." + unreachable.reason().name().toLowerCase(Locale.ROOT))),
                        ref));
    }
}
