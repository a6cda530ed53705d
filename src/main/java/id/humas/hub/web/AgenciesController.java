package id.humas.hub.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.humas.hub.agency.AgencyEntry;
import id.humas.hub.agency.AgencyView;
import id.humas.hub.agency.InviteDesk;
import id.humas.hub.agency.Officers;
import id.humas.hub.intake.ItemArchive;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Reachability;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Instansi: agencies, their officers, last item, reachability and leave; an invite link made here goes by Telegram. */
@Controller
class AgenciesController {

    private final Officers officers;
    private final ItemArchive archive;
    private final Reachability reachability;
    private final InviteDesk invites;
    private final TeamMembers members;
    private final Texts texts;
    private final Clock clock;
    private final BotProperties properties;

    AgenciesController(Officers officers, ItemArchive archive, Reachability reachability, InviteDesk invites,
                       TeamMembers members, Texts texts, Clock clock, BotProperties properties) {
        this.officers = officers;
        this.archive = archive;
        this.reachability = reachability;
        this.invites = invites;
        this.members = members;
        this.texts = texts;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * @param unreachableSince when the bot found it cannot reach the officer; null when it can
     * @param leaveUntil       the last day of the officer's leave, while on leave
     * @param archived         archived or merged: gone from digests, /belum, reminders and the scoreboard
     * @param mergedInto       the agency it was merged into, or null
     */
    record Line(AgencyView agency, Instant lastItem, String unreachable, Instant unreachableSince,
                LocalDate leaveUntil, boolean archived, String mergedInto) {
    }

    @GetMapping("/instansi")
    String agencies(Model model, Authentication authentication) {
        LocalDate today = LocalDate.now(clock.withZone(properties.timezone()));
        Map<Long, Instant> last = archive.lastItemPerAgency();
        List<Line> lines = officers.allAgencies().stream().map((AgencyEntry entry) -> {
            AgencyView agency = entry.agency();
            Optional<Reachability.Unreachable> unreachable = agency.officer()
                    .flatMap(officer -> reachability.of(officer.chatId()));
            return new Line(agency, last.get(agency.id()),
                    unreachable.map(u -> texts.plain("unreachable." + u.reason().name().toLowerCase(java.util.Locale.ROOT)))
                            .orElse(null),
                    unreachable.map(Reachability.Unreachable::since).orElse(null),
                    agency.officer().flatMap(officer -> officer.leaveOn(today)).orElse(null),
                    entry.archived(), entry.mergedInto());
        }).toList();
        model.addAttribute("page", "agencies");
        model.addAttribute("lines", lines);
        model.addAttribute("inService", lines.stream().filter(line -> !line.archived()).toList());
        model.addAttribute("openInvites", invites.open());
        model.addAttribute("admin", members.member(authentication).map(member -> members.isAdmin(member.userId()))
                .orElse(false));
        return "agencies";
    }

    @PostMapping("/instansi/undangan")
    String invite(@RequestParam(defaultValue = "") String name, Authentication authentication,
                  RedirectAttributes redirect) {
        TeamMembers.Member member = members.member(authentication).orElseThrow();
        InviteDesk.Result result = invites.invite(name, member.userId());
        redirect.addFlashAttribute(result == InviteDesk.Result.SENT ? "notice" : "problem",
                texts.plain("web.agencies.invite." + result.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        name.strip()));
        return "redirect:/instansi";
    }
}
