package id.humas.hub.web;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeTokenService;

/**
 * The one-time login tokens live in the database (table one_time_tokens), not in memory: a link the bot sent is
 * still good after a restart within its 10 minutes, and with several instances behind one address any of them can
 * redeem it. Redeeming deletes the token, so each link works once.
 */
@Configuration(proxyBeanMethods = false)
class LoginTokens {

    @Bean
    OneTimeTokenService oneTimeTokenService(JdbcTemplate jdbc, Clock clock) {
        JdbcOneTimeTokenService tokens = new JdbcOneTimeTokenService(jdbc);
        tokens.setClock(clock);
        return tokens;
    }
}
