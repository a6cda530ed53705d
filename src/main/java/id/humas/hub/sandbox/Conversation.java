package id.humas.hub.sandbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.humas.hub.fake.SentMessage;

/**
 * One chat as the page shows it: what people sent and what the bot sent, in the order the double saw them; the
 * bot's messages in their current state (edits applied), with their inline buttons and forced replies. An invite
 * link in a message can be opened by a newcomer.
 */
final class Conversation {

    private static final int SHOWN = 150;
    private static final Pattern INVITE = Pattern.compile("t\\.me/" + SandboxMode.USERNAME + "\\?start=([A-Za-z0-9_-]+)");

    record Button(String text, String data, String url) {
    }

    record Line(long seq, boolean bot, String from, String text, List<String> photos, List<List<Button>> keyboard,
                boolean forceReply, int messageId, boolean edited, String inviteCode) {
    }

    private Conversation() {
    }

    static List<Line> of(Phones phones, long chatId) {
        List<Line> lines = new ArrayList<>();
        for (Phones.Said said : phones.saidIn(chatId)) {
            lines.add(new Line(said.seq(), false, said.name(), said.text(), said.photos(), List.of(), false, 0, false,
                    null));
        }
        for (SentMessage message : phones.telegram().messagesTo(chatId)) {
            if (!message.deleted()) {
                lines.add(line(message));
            }
        }
        // a person's message carries the double's sequence mark when it was sent: after the bot's message with that
        // mark, before the next one
        lines.sort(Comparator.comparingLong((Line l) -> 2 * l.seq() + (l.bot() ? 0 : 1)));
        return lines.size() > SHOWN ? lines.subList(lines.size() - SHOWN, lines.size()) : lines;
    }

    private static Line line(SentMessage message) {
        List<List<Button>> keyboard = message.keyboard().stream()
                .map(row -> row.stream().map(b -> new Button(b.text(), b.callbackData(), b.url())).toList())
                .toList();
        String text = message.plainText() == null ? "" : message.plainText();
        return new Line(message.seq(), true, null, text, message.fileIds(), keyboard, message.forceReply(),
                message.messageId(), message.isEdited(), inviteCode(text, keyboard));
    }

    private static String inviteCode(String text, List<List<Button>> keyboard) {
        Matcher inText = INVITE.matcher(text);
        if (inText.find()) {
            return inText.group(1);
        }
        for (List<Button> row : keyboard) {
            for (Button button : row) {
                Matcher inUrl = button.url() == null ? null : INVITE.matcher(button.url());
                if (inUrl != null && inUrl.find()) {
                    return inUrl.group(1);
                }
            }
        }
        return null;
    }

    /** The forced reply the bot asked in this chat since anyone last wrote there: what is typed answers it. */
    static Integer pendingQuestion(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line line = lines.get(i);
            if (!line.bot()) {
                return null;
            }
            if (line.forceReply()) {
                return line.messageId();
            }
        }
        return null;
    }
}
