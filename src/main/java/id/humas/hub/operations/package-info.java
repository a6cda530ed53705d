/**
 * Running the bot: the Actuator on its own port (health with the database, contact with Telegram, the outbox
 * backlog; readiness that waits for Telegram), the {@code humas_…} Prometheus metrics and the log line per item
 * received. Reads the other modules only through their public API and events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package id.humas.hub.operations;
