/**
 * The edge to Telegram. Receives updates by long polling into a durable inbox, routes them through a table of
 * command, callback and message handlers that the other modules provide, and sends everything the bot says
 * through a durable outbox. Nothing outside this module talks to the Telegram Bot API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Telegram edge")
package id.humas.hub.telegram;
