package id.humas.hub.intake;

/** Where an item is in review. */
public enum ItemStatus {
    NEW, ACCEPTED, REVISION_REQUESTED, REJECTED, PUBLISHED;

    public String textKey() {
        return "status." + name().toLowerCase();
    }
}
