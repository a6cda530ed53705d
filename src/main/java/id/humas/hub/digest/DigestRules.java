package id.humas.hub.digest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The digest as an office expects it ({@code bot.digest.*} beside {@code bot.digest.cron}).
 *
 * @param onHolidays whether the scheduled digest is posted on Saturdays, Sundays and {@code bot.holidays} too; by
 *                   default it is not, and what came in waits for the next working day's digest
 * @param onDemand   what {@code /ringkasan} does: {@code preview} shows everything since the last scheduled digest
 *                   and leaves it for the next one; {@code take} posts it as the digest, so the next one starts after
 *                   it. Default: {@code preview}, or {@code take} when there is no scheduled digest
 *                   ({@code bot.digest.cron} = "-")
 */
@ConfigurationProperties("bot.digest")
record DigestRules(boolean onHolidays, OnDemand onDemand) {

    enum OnDemand {
        PREVIEW, TAKE
    }

    /** What {@code /ringkasan} does, given the scheduled digest's cron. */
    OnDemand onDemand(String cron) {
        if (onDemand != null) {
            return onDemand;
        }
        return cron == null || cron.isBlank() || "-".equals(cron.strip()) ? OnDemand.TAKE : OnDemand.PREVIEW;
    }
}
