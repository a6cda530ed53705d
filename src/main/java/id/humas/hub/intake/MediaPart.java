package id.humas.hub.intake;

import id.humas.hub.telegram.MediaKind;
import id.humas.hub.telegram.MediaRef;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
class MediaPart {

    @Enumerated(EnumType.STRING)
    private MediaKind kind;

    @Column(name = "file_id")
    private String fileId;

    protected MediaPart() {
    }

    MediaPart(MediaRef ref) {
        this.kind = ref.kind();
        this.fileId = ref.fileId();
    }

    MediaRef ref() {
        return new MediaRef(kind, fileId);
    }
}
