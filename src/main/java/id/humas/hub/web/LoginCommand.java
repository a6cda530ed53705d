package id.humas.hub.web;

import java.util.List;

import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /masuk} ({@code /login}), privately: a one-time link to the dashboard, valid {@code bot.dashboard.login-ttl}
 * (10 minutes). Only the central team may use it (the router refuses everyone else); in a group the link is not
 * shown, so that nobody else can use it first.
 */
@Component
class LoginCommand implements CommandHandler {

    private final OneTimeTokenService tokens;
    private final TeamMembers members;
    private final DashboardProperties dashboard;
    private final Outbox outbox;
    private final Texts texts;

    LoginCommand(OneTimeTokenService tokens, TeamMembers members, DashboardProperties dashboard, Outbox outbox,
                 Texts texts) {
        this.tokens = tokens;
        this.members = members;
        this.dashboard = dashboard;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("masuk", "login");
    }

    @Override
    public Audience audience() {
        return Audience.TEAM;
    }

    @Override
    @Transactional
    public void handle(IncomingMessage message, String arguments) {
        if (!message.isPrivate()) {
            outbox.send(message.chatId(), texts.html("login.private-only"));
            return;
        }
        OneTimeToken token = tokens.generate(new GenerateOneTimeTokenRequest(
                String.valueOf(message.from().userId()), dashboard.loginTtl()));
        members.named(message.from().userId(), message.from().displayName());
        String link = dashboard.base() + "/login/ott?token=" + token.getTokenValue();
        outbox.send(message.chatId(), texts.html("login.link", link,
                String.valueOf(dashboard.loginTtl().toMinutes())));
    }
}
