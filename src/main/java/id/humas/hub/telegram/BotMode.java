package id.humas.hub.telegram;

/** How the bot receives updates ({@code bot.mode}). */
public enum BotMode {
    /** getUpdates, by one instance at a time (the default). */
    POLLING,
    /** Telegram POSTs each update to {@code bot.webhook.url}, which a reverse proxy forwards to any instance. */
    WEBHOOK
}
