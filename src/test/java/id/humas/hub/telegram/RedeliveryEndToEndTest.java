package id.humas.hub.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import id.humas.hub.e2e.EndToEndTest;
import id.humas.hub.fake.FakeUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Telegram re-delivers updates it believes unconfirmed; the inbox handles each update_id once. */
class RedeliveryEndToEndTest extends EndToEndTest {

    @Autowired
    InboxConsumer consumer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRedeliveredUpdateIsHandledOnce() {
        FakeUser stranger = newUser("Ulang");
        Update update = privateText(880_000_001, stranger.id(), "halo bot");

        consumer.consume(new ArrayList<>(List.of(update)));
        telegram.awaitMessageTo(stranger.id(), "belum terdaftar");
        consumer.consume(new ArrayList<>(List.of(update)));
        consumer.consume(new ArrayList<>(List.of(update, privateText(880_000_002, stranger.id(), "/bantuan"))));

        telegram.awaitMessagesTo(stranger.id(), 2);
        telegram.assertNoMessageTo(stranger.id(), quietPeriod(),
                message -> telegram.messagesTo(stranger.id()).size() > 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_update WHERE update_id = 880000001",
                Integer.class)).isEqualTo(1);
    }

    private static Update privateText(int updateId, long userId, String text) {
        Message message = new Message();
        message.setMessageId(updateId);
        message.setFrom(User.builder().id(userId).firstName("Ulang").isBot(false).build());
        message.setChat(Chat.builder().id(userId).type("private").build());
        message.setText(text);
        message.setDate((int) (System.currentTimeMillis() / 1000));
        Update update = new Update();
        update.setUpdateId(updateId);
        update.setMessage(message);
        return update;
    }
}
