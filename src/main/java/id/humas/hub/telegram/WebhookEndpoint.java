package id.humas.hub.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode ({@code bot.mode=webhook}): Telegram POSTs each update to the path of {@code bot.webhook.url}, which
 * a reverse proxy forwards to {@code server.port}. A call without the secret token (compared in constant time) is
 * answered 401 and logged without any token; an update is answered 200 only once it is stored in the inbox
 * (committed), so Telegram delivers again whatever was not stored. An update delivered twice is stored once (the
 * inbox is keyed by update_id) and answered 200 both times.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "bot.mode", havingValue = "webhook")
class WebhookEndpoint {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(WebhookEndpoint.class);

    @Bean
    RouterFunction<ServerResponse> telegramWebhook(BotModeProperties properties, Inbox inbox, InboxWorker worker,
            TelegramJson json, PollingLiveness liveness) {
        properties.webhook().check();
        Receiver receiver = new Receiver(properties.webhook().secret(), inbox, worker, json.mapper(), liveness);
        return RouterFunctions.route().POST(properties.webhook().path(), receiver::receive).build();
    }

    /** Receives one call from Telegram. */
    static final class Receiver {

        private final byte[] secret;
        private final Inbox inbox;
        private final InboxWorker worker;
        private final ObjectMapper json;
        private final PollingLiveness liveness;

        Receiver(String secret, Inbox inbox, InboxWorker worker, ObjectMapper json, PollingLiveness liveness) {
            this.secret = secret.getBytes(StandardCharsets.UTF_8);
            this.inbox = inbox;
            this.worker = worker;
            this.json = json;
            this.liveness = liveness;
        }

        ServerResponse receive(ServerRequest request) {
            String given = request.headers().firstHeader(SECRET_HEADER);
            if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
                log.warn("Refused a call to the webhook from {}: {} secret token", request.remoteAddress()
                        .map(address -> address.getAddress() == null ? address.getHostString()
                                : address.getAddress().getHostAddress()).orElse("?"),
                        given == null ? "no" : "a wrong");
                return ServerResponse.status(HttpStatus.UNAUTHORIZED).build();
            }
            Update update;
            try {
                update = json.readValue(request.servletRequest().getInputStream(), Update.class);
            } catch (IOException | RuntimeException unreadable) {
                log.warn("Refused a webhook call that is not an update: {}", unreadable.getMessage());
                return ServerResponse.badRequest().build();
            }
            if (update == null || update.getUpdateId() == null) {
                return ServerResponse.badRequest().build();
            }
            try {
                inbox.store(List.of(update));
            } catch (RuntimeException notStored) {
                log.error("Update {} could not be stored; Telegram delivers it again", update.getUpdateId(),
                        notStored);
                return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).build();
            }
            liveness.heardFromTelegram();
            worker.wake();
            return ServerResponse.ok().build();
        }
    }
}
