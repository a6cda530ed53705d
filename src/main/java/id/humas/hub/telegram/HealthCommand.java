package id.humas.hub.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.humas.hub.system.Formats;
import id.humas.hub.system.Markup;
import id.humas.hub.system.Texts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code /kondisi}: whether the bot is hearing Telegram (last successful poll) and whether anything is stuck:
 * updates waiting or set aside, messages waiting or refused, unreachable chats, a 429 pause, and a worker loop that
 * stopped or failed within the last hour.
 */
@Component
class HealthCommand implements CommandHandler {

    private final PollingLiveness liveness;
    private final SendBudget budget;
    private final JdbcTemplate jdbc;
    private final OutboxMessages messages;
    private final Workers workers;
    private final Outbox outbox;
    private final Texts texts;
    private final Formats formats;

    HealthCommand(PollingLiveness liveness, SendBudget budget, JdbcTemplate jdbc, OutboxMessages messages,
            Workers workers, Outbox outbox, Texts texts, Formats formats) {
        this.liveness = liveness;
        this.budget = budget;
        this.jdbc = jdbc;
        this.messages = messages;
        this.workers = workers;
        this.outbox = outbox;
        this.texts = texts;
        this.formats = formats;
    }

    @Override
    public List<String> names() {
        return List.of("kondisi", "health");
    }

    @Override
    public Audience audience() {
        return Audience.TEAM;
    }

    @Override
    public void handle(IncomingMessage message, String arguments) {
        String poll = liveness.lastSuccessfulPoll()
                .map(at -> texts.html("health.poll", formats.dateTime(at),
                        String.valueOf(Duration.between(at, Instant.now()).toSeconds())))
                .orElse(texts.html("health.poll.never"));
        Duration paused = budget.pausedFor();
        String pause = paused.isZero() ? "" : "\n" + texts.html("health.paused", String.valueOf(paused.toSeconds() + 1));
        outbox.send(message.chatId(), texts.html("health.report", Markup.trusted(poll),
                count("SELECT COUNT(*) FROM inbox_update WHERE status = 'PENDING'"),
                count("SELECT COUNT(*) FROM inbox_update WHERE status = 'FAILED'"),
                String.valueOf(messages.count(OutboxStatus.PENDING)),
                String.valueOf(messages.count(OutboxStatus.FAILED)),
                count("SELECT COUNT(*) FROM unreachable_chat")) + pause + workerLines());
    }

    private String workerLines() {
        StringBuilder lines = new StringBuilder();
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        for (WorkerLoop.Health worker : workers.health()) {
            String name = texts.plain("health.worker." + worker.name());
            if (worker.died()) {
                lines.append('\n').append(texts.html("health.worker.stopped", name,
                        formats.dateTime(worker.lastFailureAt()), worker.lastFailure()));
            } else if (worker.lastFailureAt() != null && worker.lastFailureAt().isAfter(hourAgo)) {
                lines.append('\n').append(texts.html("health.worker.failed", name,
                        formats.dateTime(worker.lastFailureAt()), worker.lastFailure()));
            }
        }
        return lines.toString();
    }

    private String count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return String.valueOf(count == null ? 0 : count);
    }
}
