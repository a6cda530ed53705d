package id.humas.hub.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.ui.Model;

/**
 * The pages around the login: how to get a link, the page a link opens (its button POSTs the token, which a link
 * preview never does), and the refusal for a session that is not a team member's.
 */
@Controller
class PagesController {

    @GetMapping(WebSecurity.LOGIN)
    String login() {
        return "login";
    }

    @GetMapping("/login/ott")
    String redeem(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        return "redeem";
    }

    @GetMapping("/ditolak")
    String refused() {
        return "refused";
    }
}
