package id.humas.hub.system;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/** The central PR team: its Telegram group and the user ids allowed to act for it. */
@Component
public class CentralTeam {

    private volatile long chatId;
    private final Set<Long> members;

    public CentralTeam(BotProperties properties) {
        this.chatId = properties.centralChatId() == null ? 0 : properties.centralChatId();
        this.members = Set.copyOf(properties.centralTeam());
    }

    public long chatId() {
        return chatId;
    }

    public boolean isChat(long chatId) {
        return this.chatId != 0 && this.chatId == chatId;
    }

    /** The group became a supergroup with a new id (Telegram's migrate_to_chat_id). */
    public void moveTo(long newChatId) {
        this.chatId = newChatId;
    }

    public boolean isMember(long userId) {
        return members.contains(userId);
    }

    public List<Long> members() {
        return members.stream().sorted().toList();
    }
}
