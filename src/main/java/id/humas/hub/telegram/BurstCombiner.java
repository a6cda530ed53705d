package id.humas.hub.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.humas.hub.system.Texts;
import org.springframework.stereotype.Component;

/**
 * When more bundles (see {@link Bundle}) wait for a group than its budget can take one by one, they go as one
 * combined message that lists each with its summary line, with a button per bundle that brings up its own messages
 * ({@link CombinedMessageButtons}); the sender sends it in their place. The last {@link #RESERVE} messages of the
 * group's minute are kept for such lists, and once the budget is that tight, bundles are gathered for up to
 * {@link #GATHER} so that one list carries many. So forty urgent items arriving within two seconds are all visible in
 * the group within about two seconds, instead of two minutes of one card every three seconds.
 */
@Component
class BurstCombiner {

    static final int MAX_PER_MESSAGE = 15;
    static final int RESERVE = 4;
    static final Duration GATHER = Duration.ofMillis(800);
    private static final int BUTTONS_PER_ROW = 3;
    private static final int LOOK_AHEAD = 500;

    private final OutboxMessages messages;
    private final SendBudget budget;
    private final Texts texts;

    BurstCombiner(OutboxMessages messages, SendBudget budget, Texts texts) {
        this.messages = messages;
        this.budget = budget;
        this.texts = texts;
    }

    /** A message that lists waiting bundles, and the rows it stands for. */
    record Combined(Outgoing.Text message, List<OutboxMessages.Row> rows) {
    }

    /** What to do with the bundles at the head of a group's queue: a combined message, a wait, or neither. */
    record Decision(Combined combined, Duration pause) {

        static final Decision ONE_BY_ONE = new Decision(null, Duration.ZERO);
    }

    /**
     * @return the combined message to send instead of the bundles waiting at the head of the chat's queue, when
     *         they do not fit the group's budget one by one; how long to gather more first; or one by one
     */
    Decision decide(long chatId, Instant now) {
        Map<String, List<Waiting>> bundles = waitingBundles(chatId);
        long available = budget.available(chatId, SendPriority.URGENT);
        int cost = bundles.values().stream().flatMap(List::stream).mapToInt(Waiting::messages).sum();
        if (bundles.isEmpty() || cost <= available - RESERVE
                || bundles.size() < 2 && (available > RESERVE || available == 0)) {
            return Decision.ONE_BY_ONE;
        }
        Instant oldest = bundles.values().iterator().next().get(0).row().createdAt();
        Duration age = Duration.between(oldest, now);
        if (bundles.size() < MAX_PER_MESSAGE && !age.isNegative() && age.compareTo(GATHER) < 0) {
            return new Decision(null, GATHER.minus(age));
        }
        return bundles.size() < 2 ? Decision.ONE_BY_ONE : new Decision(combine(chatId, bundles), Duration.ZERO);
    }

    /** The bundles at the head of the chat's queue, in order, up to the first message that is not bundled. */
    private Map<String, List<Waiting>> waitingBundles(long chatId) {
        Map<String, List<Waiting>> bundles = new LinkedHashMap<>();
        for (OutboxMessages.Row row : messages.waiting(chatId, LOOK_AHEAD)) {
            if (row.bundle() == null) {
                break;
            }
            bundles.computeIfAbsent(row.bundle(), key -> new ArrayList<>()).add(new Waiting(row, messagesIn(row)));
        }
        return bundles;
    }

    private Combined combine(long chatId, Map<String, List<Waiting>> bundles) {
        List<OutboxMessages.Row> rows = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<List<Keyboard.Button>> keyboard = new ArrayList<>();
        List<Keyboard.Button> buttonRow = new ArrayList<>();
        int length = 200;
        for (List<Waiting> parts : bundles.values()) {
            Bundle bundle = entryOf(parts);
            String line = bundle.summaryHtml();
            if (lines.size() == MAX_PER_MESSAGE || length + line.length() + 2 > Outbox.TEXT_LIMIT) {
                break;
            }
            length += line.length() + 2;
            lines.add(line);
            parts.forEach(part -> rows.add(part.row()));
            buttonRow.add(new Keyboard.Button(bundle.button(), CombinedMessageButtons.dataFor(bundle.key())));
            if (buttonRow.size() == BUTTONS_PER_ROW) {
                keyboard.add(buttonRow);
                buttonRow = new ArrayList<>();
            }
        }
        if (!buttonRow.isEmpty()) {
            keyboard.add(buttonRow);
        }
        String html = texts.html("outbox.combined", String.valueOf(lines.size())) + "\n\n" + String.join("\n\n", lines);
        return new Combined(new Outgoing.Text(chatId, html, new Keyboard(keyboard)), rows);
    }

    private Bundle entryOf(List<Waiting> parts) {
        for (Waiting part : parts) {
            if (part.row().bundleEntry() != null) {
                try {
                    return messages.bundleOf(part.row());
                } catch (Exception unreadable) {
                    // fall through to a plain line
                }
            }
        }
        String key = parts.get(0).row().bundle();
        return new Bundle(key, Html.escape(key), key);
    }

    private int messagesIn(OutboxMessages.Row row) {
        try {
            return messages.read(row).counted();
        } catch (Exception unreadable) {
            return 1;
        }
    }

    private record Waiting(OutboxMessages.Row row, int messages) {
    }
}
