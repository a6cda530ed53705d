package id.humas.hub.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;

/**
 * Every page and action needs a session of a current central-team member, checked on each request; the login is
 * the one-time link from {@code /masuk}, redeemed by a POST from the page the link opens (so that Telegram's link
 * preview, which only GETs, cannot use it up). CSRF protection stays on; sessions expire after
 * {@code server.servlet.session.timeout} without use.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurity {

    static final String LOGIN = "/login";

    @Bean
    SecurityFilterChain dashboard(HttpSecurity http, TeamMembers members, OneTimeTokenService tokens) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN, "/login/ott", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/error", "/ditolak").permitAll()
                        .anyRequest().access((authentication, context) ->
                                new AuthorizationDecision(members.member(authentication.get()).isPresent())))
                .userDetailsService(members)
                .oneTimeTokenLogin(login -> login
                        .tokenService(tokens)
                        .loginPage(LOGIN)
                        .loginProcessingUrl("/login/ott")
                        .showDefaultSubmitPage(false)
                        .tokenGenerationSuccessHandler(noLinksFromTheWeb())
                        .authenticationFailureHandler(new SimpleUrlAuthenticationFailureHandler(LOGIN + "?gagal"))
                        .defaultSuccessUrl("/", true))
                .logout(logout -> logout.logoutSuccessUrl(LOGIN + "?keluar"))
                .exceptionHandling(errors -> errors.accessDeniedPage("/ditolak"));
        return http.build();
    }

    /** Links are only ever sent by the bot; a token asked for through the web is not shown to anyone. */
    private static OneTimeTokenGenerationSuccessHandler noLinksFromTheWeb() {
        return (request, response, token) -> response.sendRedirect(request.getContextPath() + LOGIN);
    }
}
