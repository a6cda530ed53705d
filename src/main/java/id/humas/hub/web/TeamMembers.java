package id.humas.hub.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import id.humas.hub.system.CentralTeam;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may use the dashboard: the central team ({@code bot.central-team}), by Telegram user id, which is the login's
 * user name. The names team members have on Telegram, seen when they asked for a link, name them in the review
 * trail.
 */
@Component
class TeamMembers implements UserDetailsService {

    private final CentralTeam team;
    private final Map<Long, String> names = new ConcurrentHashMap<>();

    TeamMembers(CentralTeam team) {
        this.team = team;
    }

    void named(long userId, String name) {
        names.put(userId, name);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        long userId = userId(username).filter(team::isMember)
                .orElseThrow(() -> new UsernameNotFoundException("not a central-team member"));
        return new User(String.valueOf(userId), "", List.of(new SimpleGrantedAuthority("ROLE_TEAM")));
    }

    /** The team member behind a logged-in session, while they are on the team. */
    Optional<Member> member(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return userId(authentication.getName()).filter(team::isMember)
                .map(id -> new Member(id, names.getOrDefault(id, String.valueOf(id))));
    }

    /** An admin ({@code bot.admins}) may also change the agencies here. */
    boolean isAdmin(long userId) {
        return team.isAdmin(userId);
    }

    private static Optional<Long> userId(String username) {
        return username != null && username.matches("\\d{1,18}") ? Optional.of(Long.parseLong(username))
                : Optional.empty();
    }

    record Member(long userId, String name) {
    }
}
