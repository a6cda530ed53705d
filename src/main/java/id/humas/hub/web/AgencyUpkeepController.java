package id.humas.hub.web;

import id.humas.hub.agency.AgencyUpkeep;
import id.humas.hub.agency.InviteDesk;
import id.humas.hub.agency.UpkeepReplies;
import id.humas.hub.system.Texts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admins' agency upkeep on the Instansi page — rename, merge, archive, restore, remove the officer — through the
 * same {@link AgencyUpkeep} as the chat commands (which refuses anyone but an admin); and revoking an open invite, which
 * any team member may do, as with /undangan. Every action answers on the page it came from.
 */
@Controller
class AgencyUpkeepController {

    private static final String BACK = "redirect:/instansi";

    private final AgencyUpkeep upkeep;
    private final UpkeepReplies replies;
    private final InviteDesk invites;
    private final TeamMembers members;
    private final Texts texts;

    AgencyUpkeepController(AgencyUpkeep upkeep, UpkeepReplies replies, InviteDesk invites, TeamMembers members,
                           Texts texts) {
        this.upkeep = upkeep;
        this.replies = replies;
        this.invites = invites;
        this.members = members;
        this.texts = texts;
    }

    @PostMapping("/instansi/ganti-nama")
    String rename(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String newName,
                  Authentication authentication, RedirectAttributes redirect) {
        return answer(upkeep.rename(admin(authentication), name, newName), redirect);
    }

    @PostMapping("/instansi/gabung")
    String merge(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String into,
                 Authentication authentication, RedirectAttributes redirect) {
        return answer(upkeep.merge(admin(authentication), name, into), redirect);
    }

    @PostMapping("/instansi/arsip")
    String archive(@RequestParam(defaultValue = "") String name, Authentication authentication,
                   RedirectAttributes redirect) {
        return answer(upkeep.archive(admin(authentication), name), redirect);
    }

    @PostMapping("/instansi/pulihkan")
    String restore(@RequestParam(defaultValue = "") String name, Authentication authentication,
                   RedirectAttributes redirect) {
        return answer(upkeep.restore(admin(authentication), name), redirect);
    }

    @PostMapping("/instansi/lepas")
    String release(@RequestParam(defaultValue = "") String name, Authentication authentication,
                   RedirectAttributes redirect) {
        return answer(upkeep.removeOfficer(admin(authentication), name), redirect);
    }

    @PostMapping("/instansi/undangan/cabut")
    String revoke(@RequestParam long agency, @RequestParam(defaultValue = "") String name,
                  Authentication authentication, RedirectAttributes redirect) {
        int revoked = invites.revoke(agency, admin(authentication));
        redirect.addFlashAttribute(revoked > 0 ? "notice" : "problem",
                texts.plain(revoked > 0 ? "invite.list.revoked" : "invite.list.nothing-to-revoke", name));
        return BACK;
    }

    private long admin(Authentication authentication) {
        return members.member(authentication).orElseThrow().userId();
    }

    private String answer(AgencyUpkeep.Outcome outcome, RedirectAttributes redirect) {
        redirect.addFlashAttribute(outcome.result().done() ? "notice" : "problem", replies.plain(outcome));
        return BACK;
    }
}
