package id.humas.hub.agency;

/**
 * An agency as its upkeep sees it: active, archived, or merged into another (then also archived).
 *
 * @param mergedInto the name of the agency this one was merged into, or null
 */
public record AgencyEntry(AgencyView agency, boolean archived, String mergedInto) {

    public long id() {
        return agency.id();
    }

    public String name() {
        return agency.name();
    }

    public boolean merged() {
        return mergedInto != null;
    }
}
