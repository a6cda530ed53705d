package id.humas.hub.review;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.ChannelAccess;
import id.humas.hub.telegram.Channels;
import id.humas.hub.telegram.GroupNotice;
import id.humas.hub.telegram.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The channel of {@code bot.publish.channel}, as Telegram described it at start-up: publishing (the {@code Terbitkan}
 * button) is offered only while the bot is an administrator there that may post. When it is not, one clear warning
 * goes to the log and, once, to the central group. When Telegram cannot be asked, it is asked again a minute later.
 */
@Component
class PublishChannel implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PublishChannel.class);
    private static final int RETRY_MINUTES = 1;

    private final PublishProperties properties;
    private final Channels channels;
    private final Outbox outbox;
    private final CentralTeam team;
    private final Texts texts;
    private final TransactionTemplate transaction;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "publish-channel-check");
        thread.setDaemon(true);
        return thread;
    });
    private volatile ChannelAccess access;

    PublishChannel(PublishProperties properties, Channels channels, Outbox outbox, CentralTeam team, Texts texts,
                   TransactionTemplate transaction) {
        this.properties = properties;
        this.channels = channels;
        this.outbox = outbox;
        this.team = team;
        this.texts = texts;
        this.transaction = transaction;
    }

    /** Whether items can be published now: the channel is set and the bot may post there. */
    boolean ready() {
        ChannelAccess known = access;
        return known != null && known.ready();
    }

    /** The channel as last checked; only meaningful when {@link #ready()}. */
    ChannelAccess access() {
        return access;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkAtStartUp() {
        if (properties.configured()) {
            check();
        }
    }

    /** Asks Telegram again, e.g. after it refused a post. */
    void check() {
        String channel = properties.channel().strip();
        ChannelAccess found = channels.access(channel);
        access = found;
        switch (found.status()) {
            case READY -> log.info("Publishing to channel {} ({}): the bot may post there", channel, found.chatId());
            case UNKNOWN -> retries.schedule(this::check, RETRY_MINUTES, TimeUnit.MINUTES);
            default -> warn(channel, found);
        }
    }

    private void warn(String channel, ChannelAccess found) {
        String reason = found.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        log.warn("bot.publish.channel {}: {}; the Terbitkan button is not shown until the bot is an administrator"
                + " of the channel with the right to post messages (then restart)", channel, switch (found.status()) {
                    case NOT_FOUND -> "Telegram does not know the channel or the bot is not in it";
                    case NOT_A_CHANNEL -> "the chat is not a channel";
                    case NOT_ADMIN -> "the bot is not an administrator of the channel";
                    default -> "the bot may not post messages in the channel";
                });
        String ref = "publish-warning:" + reason + ":" + channel;
        transaction.executeWithoutResult(tx -> {
            if (!outbox.hasWritten(ref)) {
                outbox.notice(team.chatId(), GroupNotice.REPORT,
                        texts.html("publish.warning." + reason, channel), ref);
            }
        });
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
    }
}
