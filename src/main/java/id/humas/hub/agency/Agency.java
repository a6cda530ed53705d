package id.humas.hub.agency;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;

@Entity
@Table(name = "agency")
class Agency {

    static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "name_key")
    private String nameKey;

    @Column(name = "created_at")
    private Instant createdAt;

    /** The agency's time zone id; null: {@code bot.timezone}. */
    private String zone;

    /** when the agency was archived (or merged): gone from digests, /belum, reminders and the scoreboard */
    @Column(name = "archived_at")
    private Instant archivedAt;

    /** the agency this one was merged into; its items and officers moved there */
    @Column(name = "merged_into")
    private Long mergedInto;

    protected Agency() {
    }

    Agency(String name, Instant now) {
        this.name = tidy(name);
        this.nameKey = keyOf(name);
        this.createdAt = now;
    }

    /** Names are matched ignoring case and extra spaces: "dinas  kesehatan" is "Dinas Kesehatan". */
    static String keyOf(String name) {
        return tidy(name).toLowerCase(Locale.ROOT);
    }

    static String tidy(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    void rename(String newName) {
        this.name = tidy(newName);
        this.nameKey = keyOf(newName);
    }

    void archive(Instant now) {
        this.archivedAt = now;
    }

    void restore() {
        this.archivedAt = null;
    }

    void mergeInto(long targetId, Instant now) {
        this.mergedInto = targetId;
        this.archivedAt = now;
    }

    boolean archived() {
        return archivedAt != null;
    }

    Long mergedInto() {
        return mergedInto;
    }

    String nameKey() {
        return nameKey;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    /** The agency's own time zone, if it was given one (else it works in {@code bot.timezone}). */
    Optional<ZoneId> zone() {
        return Optional.ofNullable(zone).map(ZoneId::of);
    }

    void moveTo(ZoneId zone) {
        this.zone = zone.getId();
    }

    /** The look-ups read ahead for the inbox's current chunk of updates may no longer be so. */
    @PostPersist
    @PostUpdate
    @PostRemove
    void written() {
        OfficersAhead.forget();
    }
}
