package id.humas.hub.agency;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Formats;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CallbackHandler;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingCallback;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Keyboard;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /undangan} ({@code /invites}): the open invites, newest first, one per agency at most, with a button each that revokes it
 * ({@code iv:<agency>}); a revoke redraws the list in place. The links themselves are never shown again.
 */
@Component
class OpenInvites implements CommandHandler, CallbackHandler {

    static final String PREFIX = "iv";
    /** Telegram shows at most 100 buttons under a message. */
    private static final int MAX = 90;

    private final InviteRepository invites;
    private final AgencyRepository agencies;
    private final InviteDesk desk;
    private final CentralTeam team;
    private final Outbox outbox;
    private final Texts texts;
    private final Formats formats;
    private final Clock clock;

    OpenInvites(InviteRepository invites, AgencyRepository agencies, InviteDesk desk, CentralTeam team,
                Outbox outbox, Texts texts, Formats formats, Clock clock) {
        this.invites = invites;
        this.agencies = agencies;
        this.desk = desk;
        this.team = team;
        this.outbox = outbox;
        this.texts = texts;
        this.formats = formats;
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("undangan", "invites");
    }

    @Override
    public Audience audience() {
        return Audience.TEAM;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    @Transactional
    public void handle(IncomingMessage message, String arguments) {
        List<Invite> open = open();
        outbox.send(message.chatId(), list(open), keyboard(open));
    }

    @Override
    @Transactional
    public void handle(IncomingCallback callback) {
        if (!team.isMember(callback.from().userId())) {
            outbox.alert(callback, texts.plain("invite.list.refused"));
            return;
        }
        if (!callback.data().matches("\\d{1,18}")) {
            outbox.answer(callback, texts.plain("button.stale"));
            return;
        }
        long agencyId = Long.parseLong(callback.data());
        String agency = agencies.findById(agencyId).map(Agency::name).orElse("?");
        int revoked = desk.revoke(agencyId, callback.from().userId());
        List<Invite> open = open();
        outbox.edit(callback.chatId(), callback.messageId(), list(open), keyboard(open));
        outbox.answer(callback, revoked == 0 ? texts.plain("invite.list.nothing-to-revoke", agency)
                : texts.plain("invite.list.revoked", agency));
    }

    private List<Invite> open() {
        Instant now = clock.instant();
        return invites.findByUsedAtIsNullAndRevokedAtIsNullAndExpiresAtAfterOrderByCreatedAtDesc(now);
    }

    private String list(List<Invite> open) {
        if (open.isEmpty()) {
            return texts.html("invite.list.none");
        }
        Map<Long, String> names = names(open);
        StringBuilder text = new StringBuilder(texts.html("invite.list.header", String.valueOf(open.size())));
        for (Invite invite : open) {
            text.append('\n').append(texts.html("invite.list.line", names.get(invite.agencyId()),
                    formats.dateTime(invite.createdAt()), formats.dateTime(invite.expiresAt())));
        }
        return text.toString();
    }

    private Keyboard keyboard(List<Invite> open) {
        if (open.isEmpty()) {
            return null;
        }
        Map<Long, String> names = names(open);
        List<List<Keyboard.Button>> rows = new ArrayList<>();
        open.stream().limit(MAX).forEach(invite -> rows.add(List.of(new Keyboard.Button(
                texts.plain("invite.list.revoke", names.get(invite.agencyId())), PREFIX + ":" + invite.agencyId()))));
        return Keyboard.of(rows);
    }

    private Map<Long, String> names(List<Invite> open) {
        return agencies.findAllById(open.stream().map(Invite::agencyId).distinct().toList()).stream()
                .collect(Collectors.toMap(Agency::id, Agency::name, (a, b) -> a));
    }
}
