package id.humas.hub.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import id.humas.hub.system.BotProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetWebhookInfo;
import org.telegram.telegrambots.meta.api.objects.WebhookInfo;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Runs TelegramBots' long-polling session ({@code bot.mode=polling}, the default) while this instance holds the
 * polling lease, so that of several instances exactly one polls, and another takes over when it dies. A webhook left
 * from webhook mode is deleted first (Telegram refuses getUpdates while one is set). Started last and stopped first
 * so that nothing is received that cannot be stored and handled.
 */
@Component
@ConditionalOnProperty(name = "bot.mode", havingValue = "polling", matchIfMissing = true)
class LongPolling implements SmartLifecycle {

    /** The kinds of update the bot handles, asked for in polling and webhook mode alike. */
    static final List<String> UPDATE_KINDS = List.of("message", "callback_query", "my_chat_member",
            "edited_message");
    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);
    private static final Duration CHECK_LEASE = Duration.ofSeconds(1);

    private final BotProperties properties;
    private final TelegramUrl url;
    private final InboxConsumer consumer;
    private final PollingLiveness liveness;
    private final TelegramClient client;
    private final InstanceLeases leases;
    private final WorkerLoop loop;
    private volatile TelegramBotsLongPollingApplication application;
    private ScheduledExecutorService executor;

    LongPolling(BotProperties properties, TelegramUrl url, InboxConsumer consumer, PollingLiveness liveness,
                TelegramClient client, InstanceLeases leases) {
        this.properties = properties;
        this.url = url;
        this.consumer = consumer;
        this.liveness = liveness;
        this.client = client;
        this.leases = leases;
        this.loop = new WorkerLoop("polling-lease", CHECK_LEASE, this::followLease);
    }

    @Override
    public void start() {
        loop.start();
    }

    @Override
    public void stop() {
        loop.stop();
        stopSession();
    }

    @Override
    public boolean isRunning() {
        return loop.isRunning();
    }

    @Override
    public int getPhase() {
        return OutboxSender.PHASE + 200;
    }

    /**
     * Polls while this instance holds the polling lease. While the database cannot be reached the lease lapses, but
     * polling goes on: the batch in hand waits to be stored and is confirmed to Telegram only once it is, whereas
     * closing the session would drop it, and the next poll of whoever polls would confirm it.
     */
    private Duration followLease() {
        boolean holds = leases.holds(InstanceLeases.Task.POLLING);
        if (holds && application == null) {
            startSession();
        } else if (!leases.notTakenByAnother(InstanceLeases.Task.POLLING) && application != null) {
            log.warn("This instance no longer holds the polling lease; it stops polling");
            stopSession();
        }
        return CHECK_LEASE;
    }

    private void startSession() {
        try {
            deleteWebhook();
        } catch (TelegramApiException e) {
            log.warn("Could not check for a webhook before polling; trying again shortly: {}", e.getMessage());
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "long-polling");
            thread.setDaemon(true);
            return thread;
        });
        TelegramBotsLongPollingApplication session = new TelegramBotsLongPollingApplication(TelegramJson::newMapper,
                () -> new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator().get().newBuilder()
                        .addInterceptor(liveness).build(),
                () -> started);
        try {
            session.registerBot(properties.token(), () -> url, new DefaultGetUpdatesGenerator(UPDATE_KINDS), consumer);
        } catch (TelegramApiException e) {
            started.shutdownNow();
            throw new IllegalStateException("Could not start polling Telegram: " + e.getMessage(), e);
        }
        executor = started;
        application = session;
        log.info("Polling {}://{}:{} for updates to @{}", url.getSchema(), url.getHost(), url.getPort(),
                properties.username());
    }

    /** Switching from webhook mode back to polling: Telegram answers getUpdates with 409 while a webhook is set. */
    private void deleteWebhook() throws TelegramApiException {
        WebhookInfo webhook = client.execute(new GetWebhookInfo());
        if (webhook != null && webhook.getUrl() != null && !webhook.getUrl().isEmpty()) {
            client.execute(DeleteWebhook.builder().dropPendingUpdates(false).build());
            log.info("The webhook set for webhook mode was deleted; the bot polls from now on");
        }
    }

    private void stopSession() {
        TelegramBotsLongPollingApplication session = application;
        application = null;
        try {
            if (session != null) {
                session.close();
            }
        } catch (Exception e) {
            log.warn("Polling did not stop cleanly: {}", e.getMessage());
        } finally {
            if (executor != null) {
                executor.shutdownNow();
                executor = null;
            }
        }
    }
}
