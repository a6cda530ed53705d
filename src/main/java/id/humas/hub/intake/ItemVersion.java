package id.humas.hub.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A version of an item that a revision replaced, kept for its history. */
@Embeddable
class ItemVersion {

    private int version;

    private String body;

    @Column(name = "media_count")
    private int mediaCount;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ItemVersion() {
    }

    ItemVersion(int version, String body, int mediaCount, Instant createdAt) {
        this.version = version;
        this.body = body;
        this.mediaCount = mediaCount;
        this.createdAt = createdAt;
    }

    ItemView.Version view() {
        return new ItemView.Version(version, body, mediaCount, createdAt);
    }
}
