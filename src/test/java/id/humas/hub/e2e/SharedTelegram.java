package id.humas.hub.e2e;

import id.humas.hub.fake.FakeTelegram;

/** One Bot API double for the whole test JVM, so every end-to-end class shares one cached application. */
final class SharedTelegram {

    static final FakeTelegram INSTANCE = new FakeTelegram(EndToEndTest.TOKEN).start();

    static {
        INSTANCE.setBotUsername(EndToEndTest.BOT);
        Runtime.getRuntime().addShutdownHook(new Thread(INSTANCE::close));
    }

    private SharedTelegram() {
    }
}
