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
import id.humas.hub.system.Markup;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.GroupNotice;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.Reachability;
import id.humas.hub.telegram.Sender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites officers and registers them, handing an agency over when it already has an officer. An agency has at
 * most one open invite: a new one, and a registration, revoke the others. The link goes only to the inviter's
 * private chat; the central group only learns that an invite was made.
 */
@Service
class Registration {

    /** 24 random bytes: 192 bits, 32 characters of A-Za-z0-9_- — well inside the 64 a deep link allows. */
    private static final int CODE_BYTES = 24;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final AgencyRepository agencies;
    private final OfficerRepository officers;
    private final InviteRepository invites;
    private final Outbox outbox;
    private final Texts texts;
    private final Formats formats;
    private final CentralTeam team;
    private final Reachability reachability;
    private final BotProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Registration(AgencyRepository agencies, OfficerRepository officers, InviteRepository invites,
                 Outbox outbox, Texts texts, Formats formats, CentralTeam team, Reachability reachability,
                 BotProperties properties, Clock clock) {
        this.agencies = agencies;
        this.officers = officers;
        this.invites = invites;
        this.outbox = outbox;
        this.texts = texts;
        this.formats = formats;
        this.team = team;
        this.reachability = reachability;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Creates the agency if it is new and an invite for it, revoking the agency's other open invites. The link goes
     * to the inviter privately; asked in a group, the group is told only that an invite was made, or, when the bot
     * cannot write to the inviter privately, that they should start the bot first (and no invite is made).
     */
    @Transactional
    void invite(String agencyName, Sender inviter, long replyChatId, boolean privateChat) {
        String bot = properties.username().replaceFirst("^@", "");
        if (!privateChat && !(team.hasStartedPrivately(inviter.userId())
                && reachability.of(inviter.userId()).isEmpty())) {
            outbox.send(replyChatId, texts.html("invite.start-first", inviter.displayName(), bot));
            return;
        }
        Instant now = clock.instant();
        Agency agency = findOrCreate(agencyName, now);
        if (agency.mergedInto() != null) {
            agency = agencies.findById(agency.mergedInto()).orElse(agency);
        }
        if (agency.archived()) {
            outbox.send(replyChatId, texts.html("invite.archived", agency.name()));
            return;
        }
        int revoked = revokeOpen(agency.id(), now);
        Invite invite = invites.save(new Invite(newCode(), agency.id(), inviter.userId(), now,
                now.plus(properties.invite().ttl())));
        String link = "https://t.me/" + bot + "?start=" + invite.code();
        String note = officers.findByAgencyIdAndStatus(agency.id(), OfficerStatus.ACTIVE)
                .map(current -> texts.html("invite.replaces", current.displayName()))
                .orElse(texts.html("invite.first"))
                + (revoked == 0 ? "" : "\n" + texts.html("invite.revoked-others", String.valueOf(revoked)));
        String expires = formats.dateTime(invite.expiresAt());
        outbox.send(inviter.userId(), texts.html("invite.created", agency.name(), link, expires, Markup.trusted(note)));
        if (!privateChat) {
            outbox.send(replyChatId, texts.html("invite.made", agency.name(), inviter.displayName(), expires));
        }
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
     * Registers {@code person} as the officer of the code's agency and revokes the agency's other open invites.
     *
     * @throws InviteRefused when the code is unknown, used, revoked or expired, or the person is on the central team;
     *                       nobody is registered then, and a team member's attempt leaves the code usable
     */
    @Transactional(noRollbackFor = InviteRefused.class)
    void redeem(String code, Sender person, long chatId) {
        Invite invite = (CODE.matcher(code).matches() ? invites.findWithLockByCode(code) : Optional.<Invite>empty())
                .orElseThrow(() -> new InviteRefused(InviteRefused.Reason.UNKNOWN));
        if (team.isMember(person.userId())) {
            throw new InviteRefused(InviteRefused.Reason.TEAM_MEMBER);
        }
        Agency agency = agencies.findById(invite.agencyId()).orElseThrow();
        Optional<Officer> predecessor = officers.findByAgencyIdAndStatus(agency.id(), OfficerStatus.ACTIVE);
        if (predecessor.filter(officer -> officer.userId() == person.userId()).isPresent()) {
            outbox.send(chatId, texts.html("start.already", agency.name()));
            return;
        }
        Instant now = clock.instant();
        invite.redeem(person.userId(), now);
        invites.save(invite);
        revokeOpen(agency.id(), now);
        Optional<Officer> previousTerm = officers.findByUserIdAndStatus(person.userId(), OfficerStatus.ACTIVE);
        previousTerm.ifPresent(term -> term.replace(now));
        predecessor.ifPresent(officer -> {
            officer.replace(now);
            outbox.send(officer.chatId(), texts.html("handover.predecessor", agency.name(), person.displayName()));
        });
        // the predecessor's end is written before the successor, who is written at once: an agency has one officer
        officers.flush();
        Officer successor = officers.save(new Officer(agency.id(), person, chatId, now,
                predecessor.map(Officer::id).orElse(null), previousTerm.map(Officer::id).orElse(null)));
        outbox.send(chatId, texts.html("start.welcome", person.displayName(), agency.name()));
        String number = String.valueOf(successor.id());
        previousTerm.ifPresent(term -> outbox.send(team.chatId(), texts.html("team.officer-moved",
                person.displayName(), agencies.findById(term.agencyId()).map(Agency::name).orElse("?"), agency.name(),
                number), HandoverUndo.keyboard(texts, successor.id())));
        if (predecessor.isPresent()) {
            outbox.send(team.chatId(), texts.html("team.officer-handover", agency.name(), person.displayName(),
                    predecessor.get().displayName(), number), HandoverUndo.keyboard(texts, successor.id()));
        } else {
            outbox.notice(team.chatId(), GroupNotice.NEW_OFFICERS,
                    texts.html("team.officer-registered", agency.name(), person.displayName()));
        }
    }

    /** @return how many open invites of the agency were revoked */
    int revokeOpen(long agencyId, Instant now) {
        int revoked = 0;
        for (Invite open : invites.findByAgencyIdAndUsedAtIsNullAndRevokedAtIsNull(agencyId)) {
            if (open.revoke(now)) {
                invites.save(open);
                revoked++;
            }
        }
        return revoked;
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
