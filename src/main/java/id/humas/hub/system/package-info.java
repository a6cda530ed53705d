/**
 * Shared foundations every module may use: the {@code bot.*} settings, the message bundles the bot speaks
 * from, who belongs to the central team, the clock, and the start-up check of required settings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package id.humas.hub.system;
