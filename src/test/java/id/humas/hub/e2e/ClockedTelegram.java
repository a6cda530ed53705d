package id.humas.hub.e2e;

import id.humas.hub.fake.FakeTelegram;

/** The Bot API double of the time-based tests' application (see {@link ClockedEndToEndTest}). */
final class ClockedTelegram {

    static final FakeTelegram INSTANCE = new FakeTelegram(EndToEndTest.TOKEN).start();

    static {
        INSTANCE.setBotUsername(EndToEndTest.BOT);
        Runtime.getRuntime().addShutdownHook(new Thread(INSTANCE::close));
    }

    private ClockedTelegram() {
    }
}
