package id.humas.hub.telegram;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Called by the polling session with each batch. Returns only once the batch is stored, because the next poll
 * confirms it to Telegram; and never throws, because an exception would end polling for good.
 */
@Component
class InboxConsumer implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(InboxConsumer.class);
    private static final Duration MAX_RETRY_WAIT = Duration.ofSeconds(30);

    private final Inbox inbox;
    private final InboxWorker worker;

    InboxConsumer(Inbox inbox, InboxWorker worker) {
        this.inbox = inbox;
        this.worker = worker;
    }

    @Override
    public void consume(List<Update> updates) {
        Duration wait = Duration.ofMillis(200);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                inbox.store(updates);
                worker.wake();
                return;
            } catch (Throwable storeFailed) {
                log.error("Could not store {} update(s); trying again in {} ms", updates.size(), wait.toMillis(),
                        storeFailed);
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                wait = wait.multipliedBy(2).compareTo(MAX_RETRY_WAIT) > 0 ? MAX_RETRY_WAIT : wait.multipliedBy(2);
            }
        }
    }
}
