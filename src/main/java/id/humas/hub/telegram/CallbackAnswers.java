package id.humas.hub.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Answers button presses (answerCallbackQuery) on a thread of their own, so that neither a 429 pause nor a full
 * sending budget nor a slow send holds them back: Telegram does not count them, and after about 15 s it refuses
 * them and the user's spinner keeps turning. An answer that could not go within that time is given up.
 */
@Component
class CallbackAnswers implements SmartLifecycle {

    static final Duration TOO_OLD = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(CallbackAnswers.class);
    private static final Duration IDLE_POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofMillis(300);

    private final OutboxMessages messages;
    private final TelegramClient client;
    private final WorkerLoop loop;
    private final InstanceLeases leases;

    CallbackAnswers(OutboxMessages messages, TelegramClient client, InstanceLeases leases) {
        this.leases = leases;
        this.messages = messages;
        this.client = client;
        this.loop = new WorkerLoop("callback-answers", IDLE_POLL, this::answerWaiting);
    }

    void wake() {
        loop.wake();
    }

    WorkerLoop.Health health() {
        return loop.health();
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

    @Override
    public int getPhase() {
        return OutboxSender.PHASE;
    }

    /** @return how long to wait: zero when there may be more, else the idle poll or a retry's delay */
    Duration answerWaiting() {
        if (!leases.holds(InstanceLeases.Task.SENDING)) {
            return IDLE_POLL;
        }
        List<OutboxMessages.Row> waiting = messages.answers(50);
        Duration wait = IDLE_POLL;
        for (OutboxMessages.Row row : waiting) {
            if (!loop.isRunning() || !leases.holds(InstanceLeases.Task.SENDING)) {
                break;
            }
            if (!answer(row)) {
                wait = RETRY;
            }
        }
        return waiting.size() == 50 ? Duration.ZERO : wait;
    }

    /** @return false when it is to be tried again */
    private boolean answer(OutboxMessages.Row row) {
        try {
            messages.read(row).execute(client);
            messages.sent(row.id(), null, Instant.now(), List.of(), OutboxStatus.SENT);
            return true;
        } catch (TelegramApiRequestException refused) {
            Integer code = refused.getErrorCode();
            if (code != null && code >= 400 && code < 500 && code != 429) {
                log.info("Telegram refused the answer to a button press: {}", refused.getApiResponse());
                messages.failed(row.id(), code + " " + refused.getApiResponse());
                return true;
            }
            return retryOrGiveUp(row, String.valueOf(refused.getApiResponse()));
        } catch (Exception failure) {
            return retryOrGiveUp(row, String.valueOf(failure.getMessage()));
        }
    }

    private boolean retryOrGiveUp(OutboxMessages.Row row, String error) {
        if (row.createdAt().plus(TOO_OLD).isBefore(Instant.now())) {
            log.warn("Answer to a button press not delivered within {} s; given up: {}", TOO_OLD.toSeconds(), error);
            messages.failed(row.id(), "gave up: " + error);
            return true;
        }
        return false;
    }
}
