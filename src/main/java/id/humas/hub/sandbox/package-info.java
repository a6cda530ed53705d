/**
 * The offline trial: without a token (or with {@code bot.mode=sandbox}) the real bot runs against the Telegram
 * double ({@code fake/}) served by the application itself, on its own H2 database under {@code ./data/sandbox/},
 * with a demo province; a browser page plays Telegram (choose a person, chat, press buttons, send sample photos,
 * move the clock). An edge like {@code telegram/} and {@code web/}: no business rule lives here, everything it
 * does goes through the bot as Telegram updates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sandbox")
package id.humas.hub.sandbox;
