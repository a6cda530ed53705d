package id.humas.hub.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberOwner;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Asks Telegram what the bot may do in a channel (getChat, getMe, getChatMember): reads only, nothing is sent, so
 * this is the one place outside the outbox that calls Telegram for a module.
 */
@Component
public class Channels {

    private static final Logger log = LoggerFactory.getLogger(Channels.class);

    private final TelegramClient client;

    Channels(TelegramClient client) {
        this.client = client;
    }

    /** @param channel the channel's id (-100…) or its @username */
    public ChannelAccess access(String channel) {
        String chat = channel.strip();
        try {
            ChatFullInfo info = client.execute(GetChat.builder().chatId(chat).build());
            long chatId = info.getId();
            String username = info.getUserName();
            String title = info.getTitle();
            if (!"channel".equals(info.getType())) {
                return new ChannelAccess(ChannelAccess.Status.NOT_A_CHANNEL, chatId, username, title);
            }
            long botId = client.execute(new GetMe()).getId();
            ChatMember member = client.execute(GetChatMember.builder().chatId(chatId).userId(botId).build());
            ChannelAccess.Status status = member instanceof ChatMemberOwner ? ChannelAccess.Status.READY
                    : member instanceof ChatMemberAdministrator admin
                    ? Boolean.TRUE.equals(admin.getCanPostMessages()) ? ChannelAccess.Status.READY
                    : ChannelAccess.Status.CANNOT_POST
                    : "left".equals(member.getStatus()) || "kicked".equals(member.getStatus())
                    ? ChannelAccess.Status.NOT_FOUND : ChannelAccess.Status.NOT_ADMIN;
            return new ChannelAccess(status, chatId, username, title);
        } catch (TelegramApiRequestException refused) {
            int code = refused.getErrorCode() == null ? 0 : refused.getErrorCode();
            if (code == 400 || code == 403) {
                return new ChannelAccess(ChannelAccess.Status.NOT_FOUND, 0, null, null);
            }
            log.info("Could not ask Telegram about channel {}: {} {}", chat, code, refused.getApiResponse());
            return new ChannelAccess(ChannelAccess.Status.UNKNOWN, 0, null, null);
        } catch (TelegramApiException | RuntimeException failed) {
            log.info("Could not ask Telegram about channel {}: {}", chat, failed.getMessage());
            return new ChannelAccess(ChannelAccess.Status.UNKNOWN, 0, null, null);
        }
    }
}
