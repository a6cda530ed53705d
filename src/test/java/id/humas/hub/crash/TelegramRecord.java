package id.humas.hub.crash;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.SentMessage;

/** Reads what the Bot API double recorded: item numbers confirmed, tokens relayed, messages sent twice. */
final class TelegramRecord {

    private static final Pattern ITEM_NUMBER = Pattern.compile("#(\\d+)");

    /** A message that repeats, word for word, an earlier one to the same chat. */
    record Repeat(SentMessage original, SentMessage copy) {
    }

    private final FakeTelegram telegram;

    TelegramRecord(FakeTelegram telegram) {
        this.telegram = telegram;
    }

    /**
     * Item numbers confirmed to the user since the mark ("tercatat", or "dicatat sebagai" once the message asking a
     * report's kind has been answered); a number confirmed twice counts once.
     */
    Set<Long> confirmedTo(long userId, long since) {
        return itemNumbers(telegram.messagesTo(userId).stream().filter(m -> m.seq() > since)
                .filter(m -> m.contains("tercatat") || m.contains("dicatat sebagai")).map(SentMessage::plainText)
                .toList());
    }

    /** What the chat shows of the messages sent since the mark. */
    List<String> textsIn(long chatId, long since) {
        return telegram.messagesTo(chatId).stream().filter(m -> m.seq() > since)
                .map(m -> m.plainText() == null ? "" : m.plainText()).toList();
    }

    boolean anySince(long chatId, long since, String text) {
        return telegram.messagesTo(chatId).stream().anyMatch(m -> m.seq() > since && m.contains(text));
    }

    /** Messages since the mark that repeat an earlier one (also since the mark) to the same chat. */
    List<Repeat> repeatsSince(long since) {
        Map<String, SentMessage> first = new HashMap<>();
        List<Repeat> repeats = new ArrayList<>();
        for (SentMessage message : telegram.allMessages()) {
            if (message.seq() > since) {
                SentMessage earlier = first.putIfAbsent(message.chatId() + "\n" + originalText(message), message);
                if (earlier != null) {
                    repeats.add(new Repeat(earlier, message));
                }
            }
        }
        return repeats;
    }

    static Set<Long> itemNumbers(List<String> texts) {
        Set<Long> numbers = new TreeSet<>();
        for (String text : texts) {
            Matcher number = ITEM_NUMBER.matcher(text);
            while (number.find()) {
                numbers.add(Long.parseLong(number.group(1)));
            }
        }
        return numbers;
    }

    static Set<String> missing(Collection<String> tokens, List<String> texts) {
        return tokens.stream().filter(token -> texts.stream().noneMatch(text -> text.contains(token)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Tokens found in more than one of the texts, with how many. */
    static Map<String, Integer> inMoreThanOne(Collection<String> tokens, List<String> texts) {
        Map<String, Integer> repeated = new LinkedHashMap<>();
        for (String token : tokens) {
            int times = (int) texts.stream().filter(text -> text.contains(token)).count();
            if (times > 1) {
                repeated.put(token, times);
            }
        }
        return repeated;
    }

    /** The text as the bot sent it, before any edit. */
    static String originalText(SentMessage message) {
        return String.valueOf(message.isEdited() ? message.editHistory().get(0).text() : message.text());
    }
}
