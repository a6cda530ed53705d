package id.humas.hub.operations;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import id.humas.hub.intake.ItemSubmitted;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One log line per item received, and {@code humas_items_received_total{kind,agency}}, once the item is committed.
 * (A plain listener with an after-commit hook: a transactional listener would add an event publication row per
 * item.)
 */
@Component
class ItemTraffic {

    private static final Logger log = LoggerFactory.getLogger(ItemTraffic.class);

    private final MeterRegistry registry;
    /** The counters by kind and agency, built once each (building one is the costly part of counting). */
    private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();

    ItemTraffic(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void on(ItemSubmitted item) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    received(item);
                }
            });
        } else {
            received(item);
        }
    }

    /** Never fails the handling of the update: counting and logging are not worth losing an item for. */
    private void received(ItemSubmitted item) {
        try {
            count(item);
        } catch (RuntimeException failed) {
            log.warn("Item #{} received but not counted: {}", item.itemId(), failed.toString());
        }
    }

    private void count(ItemSubmitted item) {
        // an item whose kind the officer has not chosen yet (a plain /lapor TEXT) counts as "unclassified"
        String kind = item.category() == null ? "unclassified" : item.category().name().toLowerCase(Locale.ROOT);
        String agency = item.agencyName() == null ? "" : item.agencyName();
        log.info("Item #{} received: {} from {} (agency {}), {} media", item.itemId(), kind, item.agencyName(),
                item.agencyId(), item.media() == null ? 0 : item.media().size());
        counters.computeIfAbsent(List.of(kind, agency), key -> Counter.builder("humas.items.received")
                        .description("Items officers sent, by kind and agency")
                        .tag("kind", key.get(0)).tag("agency", key.get(1)).register(registry))
                .increment();
    }
}
