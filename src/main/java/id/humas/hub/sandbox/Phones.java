package id.humas.hub.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import id.humas.hub.fake.CallbackPress;
import id.humas.hub.fake.FakeChat;
import id.humas.hub.fake.FakeTelegram;
import id.humas.hub.fake.FakeUser;
import id.humas.hub.fake.SentMessage;
import org.springframework.core.io.ClassPathResource;

/**
 * The people's phones: everything a person does in the sandbox (type, send a sample photo or album, reply, press a
 * button) becomes a Telegram update in the double, exactly as Telegram would deliver it to the bot. Keeps what
 * each person sent, so that a chat shows both sides.
 */
public class Phones {

    private static final long FIRST_NEWCOMER = 8500;

    private final FakeTelegram telegram;
    private final FakeChat central;
    private final Map<Long, Person> people = new ConcurrentHashMap<>();
    private final List<Said> said = new CopyOnWriteArrayList<>();
    private final Map<Long, String> lastPress = new ConcurrentHashMap<>();
    private final AtomicLong nextNewcomer = new AtomicLong(FIRST_NEWCOMER);
    private final AtomicLong nextFile = new AtomicLong(1);
    private final byte[][] photos = new byte[DemoCast.PHOTOS][];

    /** One message a person sent, placed among the bot's messages by the double's sequence at that moment. */
    record Said(long seq, long chatId, long userId, String name, String text, List<String> photos) {
    }

    Phones(FakeTelegram telegram) {
        this.telegram = telegram;
        this.central = telegram.group(SandboxMode.CENTRAL_CHAT, "Tim Humas Pusat");
        for (int i = 0; i < photos.length; i++) {
            photos[i] = resource("sandbox/foto-" + (i + 1) + ".jpg");
        }
    }

    FakeTelegram telegram() {
        return telegram;
    }

    long centralChat() {
        return central.id();
    }

    Person add(Person person) {
        people.put(person.userId(), person);
        telegram.user(person.userId(), person.name(), username(person));
        return person;
    }

    Person newcomer(String name) {
        long id = nextNewcomer.getAndIncrement();
        return add(new Person(id, name + " " + (id - FIRST_NEWCOMER + 1), Person.Role.NEWCOMER, null));
    }

    /** After a newcomer registered, the page names the agency (the bot's own record stays the truth). */
    void becameOfficer(long userId, String agency) {
        person(userId).ifPresent(p -> people.put(userId, new Person(userId, p.name(), Person.Role.OFFICER, agency)));
    }

    Optional<Person> person(long userId) {
        return Optional.ofNullable(people.get(userId));
    }

    Collection<Person> everyone() {
        return people.values();
    }

    void says(long userId, long chatId, String text, Integer replyTo) {
        FakeUser user = user(userId);
        record(userId, chatId, text, List.of());
        if (replyTo != null) {
            Optional<SentMessage> target = telegram.message(chatId, replyTo);
            if (target.isPresent()) {
                user.replies(target.get(), text);
                return;
            }
        }
        (chatId == central.id() ? user.in(central) : user.inPrivate()).sends(text);
    }

    void sendsPhoto(long userId, long chatId, String caption, Integer replyTo) {
        FakeUser user = user(userId);
        String fileId = samplePhoto();
        record(userId, chatId, caption, List.of(fileId));
        Optional<SentMessage> target = replyTo == null ? Optional.empty() : telegram.message(chatId, replyTo);
        if (target.isPresent()) {
            user.repliesWithPhoto(target.get(), fileId, caption);
        } else {
            (chatId == central.id() ? user.in(central) : user.inPrivate()).sendsPhoto(fileId, caption);
        }
    }

    void sendsAlbum(long userId, long chatId, String caption, int size) {
        List<String> fileIds = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            fileIds.add(samplePhoto());
        }
        record(userId, chatId, caption, fileIds);
        FakeUser user = user(userId);
        (chatId == central.id() ? user.in(central) : user.inPrivate()).sendsAlbum(fileIds, caption);
    }

    CallbackPress presses(long userId, long chatId, int messageId, String data) {
        SentMessage message = telegram.message(chatId, messageId)
                .orElseThrow(() -> new IllegalArgumentException("no message " + messageId + " in " + chatId));
        CallbackPress press = user(userId).pressesData(message, data);
        lastPress.put(userId, press.callbackQueryId());
        return press;
    }

    /** What the bot answered to the person's last button press (the pop-up Telegram shows), once it did. */
    Optional<String> answerToLastPress(long userId) {
        String id = lastPress.get(userId);
        if (id == null) {
            return Optional.empty();
        }
        return telegram.calls("answerCallbackQuery").stream()
                .filter(call -> id.equals(call.param("callback_query_id")))
                .map(call -> call.param("text"))
                .filter(text -> text != null && !text.isBlank())
                .findFirst();
    }

    List<Said> saidIn(long chatId) {
        return said.stream().filter(s -> s.chatId() == chatId).toList();
    }

    Optional<byte[]> file(String fileId) {
        return telegram.fileBytes(fileId);
    }

    private void record(long userId, long chatId, String text, List<String> fileIds) {
        String name = person(userId).map(Person::name).orElse(String.valueOf(userId));
        said.add(new Said(telegram.checkpoint(), chatId, userId, name, text == null ? "" : text, fileIds));
    }

    private FakeUser user(long userId) {
        Person person = person(userId).orElseThrow(() -> new IllegalArgumentException("nobody with id " + userId));
        return telegram.user(person.userId(), person.name(), username(person));
    }

    /** A new file id for one of the sample photos, known to the double with its bytes, as Telegram would. */
    private String samplePhoto() {
        long n = nextFile.getAndIncrement();
        int which = (int) (n % photos.length);
        String fileId = "sandbox-foto-" + (which + 1) + "-" + n;
        telegram.registerFile(fileId, "photo", "foto-" + (which + 1) + ".jpg", photos[which]);
        return fileId;
    }

    private static String username(Person person) {
        return person.name().toLowerCase().replaceAll("[^a-z0-9]", "") + person.userId();
    }

    private static byte[] resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("sample photo " + path + " is missing", e);
        }
    }
}
