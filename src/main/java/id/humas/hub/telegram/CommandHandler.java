package id.humas.hub.telegram;

import java.util.List;

/**
 * One row of the command table. Modules contribute handlers as beans; the router finds them by name.
 */
public interface CommandHandler {

    /** Indonesian name first, then aliases (English), all without the slash. */
    List<String> names();

    Audience audience();

    /** Whether the command is listed in the command menus registered with setMyCommands. */
    default boolean inMenu() {
        return true;
    }

    /**
     * Whether only admins ({@code bot.admins}) may use the command: it is listed in their menus only, and the handler
     * refuses other team members itself (the router lets the team through).
     */
    default boolean adminOnly() {
        return false;
    }

    /**
     * @param arguments the text after the command, trimmed; empty when none
     */
    void handle(IncomingMessage message, String arguments);
}
