package id.humas.hub.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.humas.hub.system.Texts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When more bundles (see {@link Bundle}) wait for a group than its budget allows, posts them as one message that
 * lists each with its summary line, with a button per bundle that brings up its own messages
 * ({@link CombinedMessageButtons}). So forty urgent items arriving at once reach the group in a couple of messages
 * instead of two minutes of one card every three seconds.
 */
@Component
class BurstCombiner {

    static final int MAX_PER_MESSAGE = 15;
    private static final int BUTTONS_PER_ROW = 3;
    private static final int LOOK_AHEAD = 500;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final SendBudget budget;
    private final Texts texts;

    BurstCombiner(JdbcTemplate jdbc, TelegramJson json, SendBudget budget, Texts texts) {
        this.jdbc = jdbc;
        this.json = json.mapper();
        this.budget = budget;
        this.texts = texts;
    }

    /**
     * @return empty when the waiting bundles fit the group's budget and go one by one; otherwise zero when a
     *         combined message was handed to the sender, or how long to wait for budget for it
     */
    Optional<Duration> combineIfOverBudget(long chatId, OutboxSender sender) {
        Map<String, List<Waiting>> bundles = waitingBundles(chatId);
        if (bundles.size() < 2) {
            return Optional.empty();
        }
        int cost = bundles.values().stream().flatMap(List::stream).mapToInt(Waiting::messages).sum();
        if (cost <= budget.available(chatId)) {
            return Optional.empty();
        }
        Duration wait = budget.take(chatId, 1);
        if (!wait.isZero()) {
            return Optional.of(wait);
        }
        Combined combined = combine(chatId, bundles);
        sender.deliver(combined.message(), combined.rows(), "COMBINED");
        return Optional.of(Duration.ZERO);
    }

    /** The bundles at the head of the chat's queue, in order, up to the first message that is not bundled. */
    private Map<String, List<Waiting>> waitingBundles(long chatId) {
        List<Waiting> queue = jdbc.query("SELECT id, payload, attempts, bundle, bundle_entry, batch, created_at"
                        + " FROM outbox_message WHERE chat_id = ? AND status = 'PENDING' ORDER BY id LIMIT " + LOOK_AHEAD,
                (rs, i) -> new Waiting(new OutboxSender.Row(rs.getLong(1), chatId, rs.getString(2), rs.getInt(3),
                        rs.getString(4), rs.getString(6), rs.getTimestamp(7).toInstant()), rs.getString(5),
                        messagesIn(rs.getString(2))),
                chatId);
        Map<String, List<Waiting>> bundles = new LinkedHashMap<>();
        for (Waiting waiting : queue) {
            if (waiting.row().bundle() == null) {
                break;
            }
            bundles.computeIfAbsent(waiting.row().bundle(), key -> new ArrayList<>()).add(waiting);
        }
        return bundles;
    }

    private Combined combine(long chatId, Map<String, List<Waiting>> bundles) {
        List<OutboxSender.Row> rows = new ArrayList<>();
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
            if (part.entry() != null) {
                try {
                    return json.readValue(part.entry(), Bundle.class);
                } catch (Exception unreadable) {
                    // fall through to a plain line
                }
            }
        }
        String key = parts.get(0).row().bundle();
        return new Bundle(key, Html.escape(key), key);
    }

    private int messagesIn(String payload) {
        try {
            return json.readValue(payload, Outgoing.class).messages();
        } catch (Exception unreadable) {
            return 1;
        }
    }

    private record Waiting(OutboxSender.Row row, String entry, int messages) {
    }

    private record Combined(Outgoing.Text message, List<OutboxSender.Row> rows) {
    }
}
