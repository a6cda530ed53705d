package id.humas.hub.telegram;

/** The kinds of media an officer can attach to an item; all are relayed by file_id, never downloaded. */
public enum MediaKind {
    PHOTO, VIDEO, DOCUMENT, ANIMATION;

    /** Photos and videos may share one album; documents only with documents. */
    boolean albumCompatibleWith(MediaKind other) {
        return (isVisual() && other.isVisual()) || this == other && this == DOCUMENT;
    }

    private boolean isVisual() {
        return this == PHOTO || this == VIDEO;
    }
}
