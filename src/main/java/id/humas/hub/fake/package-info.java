/**
 * A faithful Telegram Bot API double (HTML entity errors, length and callback-data limits, flood limits, faults):
 * the sandbox serves it so the product runs offline, and the tests drive the bot against it. No module of the
 * bot depends on it; only {@code sandbox/} (and the tests) do.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Telegram double")
package id.humas.hub.fake;
