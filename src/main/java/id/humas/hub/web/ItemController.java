package id.humas.hub.web;

import java.util.Optional;

import id.humas.hub.agency.OfficerView;
import id.humas.hub.agency.Officers;
import id.humas.hub.intake.ItemView;
import id.humas.hub.intake.Items;
import id.humas.hub.review.ReviewDesk;
import id.humas.hub.system.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Laporan #N: the item with its versions, review trail and media, and the review steps its state allows. A step
 * taken here is the buttons' step: the card in the group is edited and the officer told.
 */
@Controller
class ItemController {

    private final Items items;
    private final ReviewDesk reviews;
    private final Officers officers;
    private final Labels labels;
    private final TeamMembers members;
    private final Texts texts;

    ItemController(Items items, ReviewDesk reviews, Officers officers, Labels labels, TeamMembers members,
                   Texts texts) {
        this.items = items;
        this.reviews = reviews;
        this.officers = officers;
        this.labels = labels;
        this.members = members;
        this.texts = texts;
    }

    @GetMapping("/laporan/{id}")
    String item(@PathVariable long id, Model model) {
        ItemView item = items.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<OfficerView> officer = officers.activeByUser(item.officerUserId())
                .filter(view -> view.agencyId() == item.agencyId());
        model.addAttribute("page", "archive");
        model.addAttribute("item", item);
        model.addAttribute("agency", labels.agencies().getOrDefault(item.agencyId(), "#" + item.agencyId()));
        model.addAttribute("officer", officer.orElse(null));
        String category = texts.plain(item.category() == null ? "digest.kind-unset" : item.category().textKey());
        model.addAttribute("kind", item.phase() == null ? category
                : category + " · " + texts.plain(item.phase().textKey()));
        model.addAttribute("trail", reviews.trail(id));
        model.addAttribute("handler", reviews.handler(id).orElse(null));
        model.addAttribute("steps", reviews.allowedSteps(item.status()));
        return "item";
    }

    @PostMapping("/laporan/{id}/tinjau")
    String review(@PathVariable long id, @RequestParam String step, @RequestParam(defaultValue = "") String note,
                  Authentication authentication, RedirectAttributes redirect) {
        if (!items.exists(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        TeamMembers.Member member = members.member(authentication).orElseThrow();
        ReviewDesk.Outcome outcome = reviews.take(id, step, member.userId(), member.name(), note);
        String key = "web.review.result." + outcome.result().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-');
        String status = texts.plain(outcome.status().textKey());
        redirect.addFlashAttribute(outcome.result() == ReviewDesk.Result.DONE ? "notice" : "problem",
                outcome.last().map(last -> texts.plain("web.review.result.already", status, last.actorName()))
                        .orElseGet(() -> texts.plain(key, String.valueOf(id), status)));
        if (outcome.result() != ReviewDesk.Result.DONE) {
            redirect.addFlashAttribute("note", note);
        }
        return "redirect:/laporan/" + id;
    }
}
