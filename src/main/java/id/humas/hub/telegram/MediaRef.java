package id.humas.hub.telegram;

/** One photo, video, document or animation, identified by Telegram's file_id. */
public record MediaRef(MediaKind kind, String fileId) {
}
