package id.humas.hub.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bot.operations.*}.
 *
 * @param contactRetryMax the longest wait between two getMe attempts while Telegram cannot be reached at start-up
 *                        (the waits double from 1 s up to this; default 1 minute)
 */
@ConfigurationProperties("bot.operations")
record OperationsProperties(@DefaultValue("1m") Duration contactRetryMax) {
}
