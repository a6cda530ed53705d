package id.humas.hub.agency;

/**
 * An active officer and whether their agency is still in service (not archived or merged): what the intake checks
 * for every message an officer sends.
 */
public record ActiveOfficer(OfficerView view, boolean agencyArchived) {
}
