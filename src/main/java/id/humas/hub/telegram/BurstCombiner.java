package id.humas.hub.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.humas.hub.system.Texts;
import org.springframework.stereotype.Component;

/**
 * When more bundles (see {@link Bundle}) wait for a group than its budget allows, posts them as one message that
 * lists each with its summary line, with a button per bundle that brings up its own messages
 * ({@link CombinedMessageButtons}). The sender sends it in their place. So forty urgent items arriving at once reach the group in a couple of messages
 * instead of two minutes of one card every three seconds.
 */
@Component
class BurstCombiner {

    static final int MAX_PER_MESSAGE = 15;
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

    /**
     * @return the combined message to send instead of the bundles waiting at the head of the chat's queue, when
     *         they do not fit the group's budget; empty when they go one by one
     */
    Optional<Combined> combineIfOverBudget(long chatId) {
        Map<String, List<Waiting>> bundles = waitingBundles(chatId);
        if (bundles.size() < 2) {
            return Optional.empty();
        }
        int cost = bundles.values().stream().flatMap(List::stream).mapToInt(Waiting::messages).sum();
        if (cost <= budget.available(chatId, SendPriority.URGENT)) {
            return Optional.empty();
        }
        return Optional.of(combine(chatId, bundles));
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
        String html = texts.get("outbox.combined", String.valueOf(lines.size())) + "\n\n" + String.join("\n\n", lines);
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
