package id.humas.hub.broadcast;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.humas.hub.agency.OfficerView;
import id.humas.hub.agency.Officers;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.BatchDelivered;
import id.humas.hub.telegram.Html;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.Reachability;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When every message of a siaran is delivered or refused, tells its sender: delivered N, unreachable M (who). */
@Component
class BroadcastReport {

    private static final String PREFIX = "broadcast:";

    private final BroadcastRepository broadcasts;
    private final Officers officers;
    private final Reachability reachability;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;
    private final BroadcastAcks acks;

    BroadcastReport(BroadcastRepository broadcasts, Officers officers, Reachability reachability, Outbox outbox,
            Texts texts, Clock clock, BroadcastAcks acks) {
        this.acks = acks;
        this.broadcasts = broadcasts;
        this.officers = officers;
        this.reachability = reachability;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(BatchDelivered outcome) {
        if (!outcome.batch().startsWith(PREFIX)) {
            return;
        }
        long id = Long.parseLong(outcome.batch().substring(PREFIX.length()));
        broadcasts.findById(id)
                .filter(broadcast -> broadcast.recordOutcome(outcome.delivered(), outcome.unreachable().size(),
                        clock.instant()))
                .ifPresent(broadcast -> {
                    String report = report(broadcast, outcome);
                    broadcast.reported(report);
                    outbox.send(broadcast.replyChatId(), report + acks.line(broadcast), null, broadcast.reportRef());
                });
    }

    private String report(Broadcast broadcast, BatchDelivered outcome) {
        String summary = texts.html("broadcast.report", String.valueOf(broadcast.id()),
                String.valueOf(outcome.delivered()), String.valueOf(outcome.unreachable().size()));
        if (outcome.unreachable().isEmpty()) {
            return summary;
        }
        Map<Long, OfficerView> byChat = officers.active().stream()
                .collect(Collectors.toMap(OfficerView::chatId, Function.identity(), (a, b) -> a));
        List<String> lines = outcome.unreachable().stream().map(chatId -> {
            String reason = reachability.of(chatId)
                    .map(unreachable -> texts.html("unreachable." + unreachable.reason().name().toLowerCase(java.util.Locale.ROOT)))
                    .orElse(texts.html("unreachable.unknown"));
            OfficerView officer = byChat.get(chatId);
            String who = officer == null ? String.valueOf(chatId)
                    : texts.html("broadcast.report.officer", officer.displayName(),
                            officer.agencyName());
            return "• " + who + " — " + reason;
        }).toList();
        return summary + "\n" + String.join("\n", lines);
    }
}
