package id.humas.hub.crash;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the application's database holds, read once its process is gone.
 *
 * @param updates          inbox rows, one per update_id
 * @param updatesNotDone   inbox rows not handled
 * @param itemsPerToken    how many items carry each token
 * @param sentMessageIds   per chat, the Telegram message ids the outbox recorded as sent
 * @param outboxNotSent    outbox rows still waiting or given up
 */
record DatabaseRecord(long updates, long updatesNotDone, Map<String, Integer> itemsPerToken,
                      Map<Long, Set<Integer>> sentMessageIds, List<String> outboxNotSent) {

    static DatabaseRecord read(String jdbcUrl, Collection<String> tokens) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "sa", "");
             Statement sql = db.createStatement()) {
            Map<String, Integer> itemsPerToken = new HashMap<>();
            tokens.forEach(token -> itemsPerToken.put(token, 0));
            try (ResultSet rows = sql.executeQuery("SELECT body FROM item")) {
                while (rows.next()) {
                    String body = rows.getString(1);
                    tokens.stream().filter(body::contains).forEach(t -> itemsPerToken.merge(t, 1, Integer::sum));
                }
            }
            Map<Long, Set<Integer>> sent = new HashMap<>();
            try (ResultSet rows = sql.executeQuery(
                    "SELECT chat_id, telegram_message_id FROM outbox_message"
                            + " WHERE status IN ('SENT', 'COMBINED', 'COALESCED', 'SUPERSEDED', 'OPENED')")) {
                while (rows.next()) {
                    sent.computeIfAbsent(rows.getLong(1), chat -> new HashSet<>()).add(rows.getInt(2));
                }
            }
            List<String> notSent = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery(
                    "SELECT id, kind, status, error FROM outbox_message"
                            + " WHERE status NOT IN ('SENT', 'COMBINED', 'COALESCED', 'SUPERSEDED', 'OPENED', 'SKIPPED')")) {
                while (rows.next()) {
                    notSent.add(rows.getLong(1) + " " + rows.getString(2) + " " + rows.getString(3) + " "
                            + rows.getString(4));
                }
            }
            return new DatabaseRecord(count(sql, "SELECT COUNT(*) FROM inbox_update"),
                    count(sql, "SELECT COUNT(*) FROM inbox_update WHERE status <> 'DONE'"), itemsPerToken, sent,
                    notSent);
        }
    }

    /** Tokens that did not become exactly one item, with how many they became. */
    Map<String, Integer> tokensNotExactlyOnce() {
        return itemsPerToken.entrySet().stream().filter(entry -> entry.getValue() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    boolean recordedAsSent(long chatId, int messageId) {
        return sentMessageIds.getOrDefault(chatId, Set.of()).contains(messageId);
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
