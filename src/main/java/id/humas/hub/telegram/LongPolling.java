package id.humas.hub.telegram;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import id.humas.hub.system.BotProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Runs TelegramBots' long-polling session, started last and stopped first so that nothing is received that
 * cannot be stored and handled.
 */
@Component
class LongPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);
    private static final List<String> UPDATE_KINDS = List.of("message", "callback_query", "my_chat_member",
            "edited_message");

    private final BotProperties properties;
    private final TelegramUrl url;
    private final InboxConsumer consumer;
    private final PollingLiveness liveness;
    private TelegramBotsLongPollingApplication application;
    private ScheduledExecutorService executor;

    LongPolling(BotProperties properties, TelegramUrl url, InboxConsumer consumer, PollingLiveness liveness) {
        this.properties = properties;
        this.url = url;
        this.consumer = consumer;
        this.liveness = liveness;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "long-polling");
            thread.setDaemon(true);
            return thread;
        });
        application = new TelegramBotsLongPollingApplication(TelegramJson::newMapper,
                () -> new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator().get().newBuilder()
                        .addInterceptor(liveness).build(),
                () -> executor);
        DefaultGetUpdatesGenerator updates = new DefaultGetUpdatesGenerator(UPDATE_KINDS);
        try {
            application.registerBot(properties.token(), () -> url, updates, consumer);
            log.info("Polling {}://{}:{} for updates to @{}", url.getSchema(), url.getHost(), url.getPort(),
                    properties.username());
        } catch (TelegramApiException e) {
            throw new IllegalStateException("Could not start polling Telegram: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        try {
            if (application != null) {
                application.close();
            }
        } catch (Exception e) {
            log.warn("Polling did not stop cleanly: {}", e.getMessage());
        } finally {
            application = null;
            if (executor != null) {
                executor.shutdownNow();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return application != null;
    }

    @Override
    public int getPhase() {
        return OutboxSender.PHASE + 200;
    }
}
