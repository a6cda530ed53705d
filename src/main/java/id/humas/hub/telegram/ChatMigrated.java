package id.humas.hub.telegram;

/** A group became a supergroup and has a new id; everything for the old id now goes to the new one. */
public record ChatMigrated(long oldChatId, long newChatId) {
}
