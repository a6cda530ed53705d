package id.humas.hub.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendMediaGroup;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberAdministrator;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaPhoto;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Channels in the double: as strict as Telegram about who may post there, with the links Telegram shows. */
class FakeTelegramChannelsTest {

    private static final String TOKEN = "123456:TEST-token";

    private final FakeTelegram fake = new FakeTelegram(TOKEN).start();
    private final OkHttpTelegramClient client = new OkHttpTelegramClient(TOKEN,
            new TelegramUrl("http", "127.0.0.1", fake.port(), false));

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void onlyAnAdministratorAllowedToPostMayPost() throws Exception {
        FakeChat channel = fake.channel(-1005550001L, "Humas Kota", "humas_kota");
        SendMessage post = SendMessage.builder().chatId("@humas_kota").text("Berita").build();

        assertThat(((TelegramApiRequestException) catchRefusal(post)).getErrorCode()).isEqualTo(403);
        assertThat(client.execute(GetChatMember.builder().chatId(channel.id()).userId(FakeTelegram.BOT_ID).build())
                .getStatus()).isEqualTo("left");

        fake.setBotChannelRights(channel, "administrator", false);
        TelegramApiRequestException refused = (TelegramApiRequestException) catchRefusal(post);
        assertThat(refused.getErrorCode()).isEqualTo(400);
        assertThat(refused.getApiResponse()).contains("need administrator rights in the channel chat");
        ChatMemberAdministrator admin = (ChatMemberAdministrator) client.execute(GetChatMember.builder()
                .chatId("@humas_kota").userId(FakeTelegram.BOT_ID).build());
        assertThat(admin.getCanPostMessages()).isFalse();

        fake.setBotChannelRights(channel, "administrator", true);
        ChatFullInfo info = client.execute(GetChat.builder().chatId("@humas_kota").build());
        assertThat(info.getId()).isEqualTo(channel.id());
        assertThat(info.getType()).isEqualTo("channel");
        Message sent = client.execute(post);
        assertThat(sent.getChatId()).isEqualTo(channel.id());
        assertThat(sent.getSenderChat().getId()).isEqualTo(channel.id());
        assertThat(sent.getFrom()).isNull();
        List<Message> album = client.execute(SendMediaGroup.builder().chatId(channel.id())
                .medias(List.of(new InputMediaPhoto("p-1"), new InputMediaPhoto("p-2"))).build());
        assertThat(fake.messagesTo(channel.id())).hasSize(3);
        assertThat(fake.messageLink(channel.id(), album.get(0).getMessageId()))
                .isEqualTo("https://t.me/humas_kota/" + album.get(0).getMessageId());
    }

    @Test
    void aPrivateChannelIsInvisibleToABotOutsideItAndLinksByItsId() throws Exception {
        FakeChat channel = fake.channel(-1005550002L, "Internal", null);
        assertThatThrownBy(() -> client.execute(GetChat.builder().chatId(channel.id()).build()))
                .isInstanceOf(TelegramApiRequestException.class).hasMessageContaining("chat not found");

        fake.setBotChannelRights(channel, "administrator", true);
        assertThat(client.execute(GetChat.builder().chatId(channel.id()).build()).getTitle()).isEqualTo("Internal");
        assertThat(fake.messageLink(channel.id(), 7)).isEqualTo("https://t.me/c/5550002/7");
    }

    private Exception catchRefusal(SendMessage post) {
        try {
            client.execute(post);
        } catch (Exception refused) {
            return refused;
        }
        throw new AssertionError("Telegram would refuse the post");
    }
}
