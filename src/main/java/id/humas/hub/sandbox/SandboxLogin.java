package id.humas.hub.sandbox;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard in one click, as a demo team member: in production a team member logs in with the one-time link
 * the bot sends for {@code /masuk} (which works in the sandbox too); here the page logs in directly. The dashboard
 * still checks team membership on every request, as always.
 */
@Controller
@ConditionalOnProperty(name = SandboxMode.ACTIVE_KEY, havingValue = "true")
class SandboxLogin {

    private final UserDetailsService members;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SandboxLogin(UserDetailsService members) {
        this.members = members;
    }

    @PostMapping("/sandbox/dashboard")
    String login(@RequestParam(name = "as", defaultValue = "" + DemoCast.LEAD_ID) long as,
                 HttpServletRequest request, HttpServletResponse response) {
        UserDetails member = members.loadUserByUsername(String.valueOf(as));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null,
                member.getAuthorities()));
        request.getSession(true);
        request.changeSessionId();
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
        return "redirect:/";
    }
}
