package id.humas.hub.telegram;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * In webhook mode, tells Telegram where to deliver updates (setWebhook with the secret token and the kinds of update
 * the bot handles) once the bot is ready to receive them, and tries again until Telegram has accepted it. Every
 * instance does so (the same call, harmless twice); afterwards each looks now and then whether the webhook is
 * still set, and sets it again if not.
 */
@Component
@ConditionalOnProperty(name = "bot.mode", havingValue = "webhook")
class WebhookRegistration implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);
    private static final Duration RETRY = Duration.ofSeconds(5);
    private static final Duration CHECK = Duration.ofMinutes(5);

    private final BotModeProperties.Webhook webhook;
    private final TelegramClient client;
    private final WorkerLoop loop;
    private volatile boolean registered;

    WebhookRegistration(BotModeProperties properties, TelegramClient client) {
        properties.webhook().check();
        this.webhook = properties.webhook();
        this.client = client;
        this.loop = new WorkerLoop("webhook-registration", RETRY, this::register);
    }

    boolean registered() {
        return registered;
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    /** Last, like polling: updates arrive only once the bot can store and handle them. */
    @Override
    public int getPhase() {
        return OutboxSender.PHASE + 200;
    }

    private Duration register() {
        try {
            if (registered) {
                WebhookInfo info = client.execute(new GetWebhookInfo());
                if (info != null && webhook.url().toString().equals(info.getUrl())) {
                    return CHECK;
                }
                log.warn("The webhook is no longer set at Telegram; setting it again");
            }
            client.execute(SetWebhook.builder()
                    .url(webhook.url().toString())
                    .secretToken(webhook.secret())
                    .allowedUpdates(LongPolling.UPDATE_KINDS)
                    .dropPendingUpdates(false)
                    .build());
            if (!registered) {
                log.info("Webhook set: Telegram delivers updates to the path {} (host {})", webhook.path(),
                        webhook.url().getHost());
            }
            registered = true;
            return CHECK;
        } catch (TelegramApiException failed) {
            registered = false;
            log.warn("Could not set the webhook; trying again in {} s: {}", RETRY.toSeconds(), failed.getMessage());
            return RETRY;
        }
    }
}
