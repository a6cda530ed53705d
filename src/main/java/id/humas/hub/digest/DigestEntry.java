package id.humas.hub.digest;

import java.time.Instant;

import id.humas.hub.intake.Category;
import id.humas.hub.intake.ItemEdited;
import id.humas.hub.intake.ItemSubmitted;
import id.humas.hub.intake.Phase;
import id.humas.hub.system.Excerpt;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/** One submitted item as the digest needs it; belongs to no digest until one includes it. */
@Entity
@Table(name = "digest_entry")
class DigestEntry implements Persistable<Long> {

    static final int EXCERPT = 200;

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "agency_id")
    private long agencyId;

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private Phase phase;

    private String excerpt;

    @Column(name = "media_count")
    private int mediaCount;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "digest_id")
    private Long digestId;

    private boolean edited;

    /** Edited (text, kind, media) after a digest listed it: the next digest lists it again, as updated. */
    @Column(name = "updated_after_digest")
    private boolean updatedAfterDigest;

    /** Set while a digest lists the entry a second time (or more): shown as updated. */
    @Transient
    private boolean repeated;

    /** Not stored yet: saving it inserts it without first looking for it (its id is the item's). */
    @Transient
    private boolean fresh;

    protected DigestEntry() {
    }

    @Override
    public Long getId() {
        return itemId;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    DigestEntry(ItemSubmitted item) {
        this.fresh = true;
        this.itemId = item.itemId();
        this.agencyId = item.agencyId();
        this.category = item.category();
        this.phase = item.phase();
        this.excerpt = Excerpt.of(item.text(), EXCERPT);
        this.mediaCount = item.media().size();
        this.submittedAt = item.submittedAt();
    }

    /** From an edit that arrived before the item's submission was recorded. */
    DigestEntry(ItemEdited item) {
        this.fresh = true;
        this.itemId = item.itemId();
        this.agencyId = item.agencyId();
        this.category = item.category();
        this.phase = item.phase();
        this.mediaCount = item.mediaCount();
        this.submittedAt = item.submittedAt();
        edit(item);
    }

    /** The officer's change: text, kind, phase or media; after a digest, the item is due again. */
    void edit(ItemEdited item) {
        excerpt = Excerpt.of(item.text(), EXCERPT);
        category = item.category();
        phase = item.phase();
        mediaCount = item.mediaCount();
        edited = true;
        updatedAfterDigest = digestId != null;
    }

    void includeIn(DigestRun run) {
        if (digestId != null && !updatedAfterDigest) {
            throw new IllegalStateException("Item " + itemId + " is already in digest " + digestId);
        }
        repeated = digestId != null;
        updatedAfterDigest = false;
        digestId = run.id();
    }

    /** Shown by a digest that does not take it (an on-demand preview): as updated when a digest listed it before. */
    void preview() {
        repeated = digestId != null;
    }

    boolean repeated() {
        return repeated;
    }

    Long itemId() {
        return itemId;
    }

    long agencyId() {
        return agencyId;
    }

    Category category() {
        return category;
    }

    Phase phase() {
        return phase;
    }

    String excerpt() {
        return excerpt;
    }

    boolean edited() {
        return edited;
    }

    int mediaCount() {
        return mediaCount;
    }

    Instant submittedAt() {
        return submittedAt;
    }
}
