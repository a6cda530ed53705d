package id.humas.hub.agency;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import id.humas.hub.system.BotProperties;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Formats;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.GroupNotice;
import id.humas.hub.telegram.Html;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.Sender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invites officers and registers them, handing an agency over when it already has an officer. */
@Service
class Registration {

    /** 24 random bytes: 192 bits, 32 characters of A-Za-z0-9_- — well inside the 64 a deep link allows. */
    private static final int CODE_BYTES = 24;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final AgencyRepository agencies;
    private final OfficerRepository officers;
    private final InviteRepository invites;
    private final Officers directory;
    private final Outbox outbox;
    private final Texts texts;
    private final Formats formats;
    private final CentralTeam team;
    private final BotProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Registration(AgencyRepository agencies, OfficerRepository officers, InviteRepository invites, Officers directory,
                 Outbox outbox, Texts texts, Formats formats, CentralTeam team, BotProperties properties,
                 Clock clock) {
        this.agencies = agencies;
        this.officers = officers;
        this.invites = invites;
        this.directory = directory;
        this.outbox = outbox;
        this.texts = texts;
        this.formats = formats;
        this.team = team;
        this.properties = properties;
        this.clock = clock;
    }

    /** Creates the agency if it is new and an invite for it; tells {@code replyChatId} the link. */
    @Transactional
    void invite(String agencyName, long invitedBy, long replyChatId) {
        Instant now = clock.instant();
        Agency agency = findOrCreate(agencyName, now);
        Invite invite = invites.save(new Invite(newCode(), agency.id(), invitedBy, now,
                now.plus(properties.invite().ttl())));
        String link = "https://t.me/" + properties.username().replaceFirst("^@", "") + "?start=" + invite.code();
        String note = officers.findByAgencyIdAndStatus(agency.id(), OfficerStatus.ACTIVE)
                .map(current -> texts.get("invite.replaces", Html.escape(current.displayName())))
                .orElse(texts.get("invite.first"));
        outbox.send(replyChatId, texts.get("invite.created", Html.escape(agency.name()), link,
                formats.dateTime(invite.expiresAt()), note));
    }

    /** Creates the agencies listed in {@code bot.agencies} that do not exist yet. */
    @Transactional
    void ensureAgencies(Iterable<String> names) {
        Instant now = clock.instant();
        for (String name : names) {
            if (!name.isBlank()) {
                findOrCreate(name, now);
            }
        }
    }

    /**
     * Registers {@code person} as the officer of the code's agency.
     *
     * @throws InviteRefused when the code is unknown, used or expired; nobody is registered then
     */
    @Transactional(noRollbackFor = InviteRefused.class)
    void redeem(String code, Sender person, long chatId) {
        Invite invite = (CODE.matcher(code).matches() ? invites.findById(code) : Optional.<Invite>empty())
                .orElseThrow(() -> new InviteRefused(InviteRefused.Reason.UNKNOWN));
        Agency agency = agencies.findById(invite.agencyId()).orElseThrow();
        Optional<Officer> predecessor = officers.findByAgencyIdAndStatus(agency.id(), OfficerStatus.ACTIVE);
        if (predecessor.filter(officer -> officer.userId() == person.userId()).isPresent()) {
            outbox.send(chatId, texts.get("start.already", Html.escape(agency.name())));
            return;
        }
        Instant now = clock.instant();
        invite.redeem(person.userId(), now);
        officers.findByUserIdAndStatus(person.userId(), OfficerStatus.ACTIVE).ifPresent(previousTerm -> {
            previousTerm.replace(now);
            String previousAgency = agencies.findById(previousTerm.agencyId()).map(Agency::name).orElse("?");
            outbox.notice(team.chatId(), GroupNotice.NEW_OFFICERS, texts.get("team.officer-moved", Html.escape(person.displayName()),
                    Html.escape(previousAgency), Html.escape(agency.name())));
        });
        predecessor.ifPresent(officer -> {
            officer.replace(now);
            directory.forget(officer.userId());
            outbox.send(officer.chatId(), texts.get("handover.predecessor", Html.escape(agency.name()),
                    Html.escape(person.displayName())));
        });
        officers.save(new Officer(agency.id(), person, chatId, now));
        directory.forget(person.userId());
        outbox.send(chatId, texts.get("start.welcome", Html.escape(person.displayName()), Html.escape(agency.name())));
        outbox.notice(team.chatId(), GroupNotice.NEW_OFFICERS, predecessor
                .map(officer -> texts.get("team.officer-handover", Html.escape(agency.name()),
                        Html.escape(person.displayName()), Html.escape(officer.displayName())))
                .orElseGet(() -> texts.get("team.officer-registered", Html.escape(agency.name()),
                        Html.escape(person.displayName()))));
    }

    private Agency findOrCreate(String name, Instant now) {
        return agencies.findByNameKey(Agency.keyOf(name)).orElseGet(() -> agencies.save(new Agency(name, now)));
    }

    private String newCode() {
        byte[] bytes = new byte[CODE_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
