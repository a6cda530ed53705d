package id.humas.hub.telegram;

/** Content in a message that the bot cannot turn into an item, so the sender can be told what to send instead. */
public enum UnsupportedContent {
    /** nothing unsupported: text, caption, photo, video, document or animation */
    NONE,
    /** a voice note, an audio file or a round video note: the officer could type it or send a video or a file */
    SPOKEN,
    /** a sticker, location, venue, contact, poll, dice, game, story or anything else without usable content */
    OTHER
}
