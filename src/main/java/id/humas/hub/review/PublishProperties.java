package id.humas.hub.review;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param channel the channel accepted items are published to with {@code Terbitkan}: its id (-100…) or @username;
 *                the bot must be an administrator there that may post messages. Blank: no publishing, no button.
 */
@ConfigurationProperties("bot.publish")
record PublishProperties(String channel) {

    boolean configured() {
        return channel != null && !channel.isBlank();
    }
}
