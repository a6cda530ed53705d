package id.humas.hub.agency;

import java.time.Instant;
import java.time.LocalDate;

/** An active officer with the agency they serve, read together ({@link OfficerRepository#findInAgency}). */
record OfficerInAgency(long officerId, long agencyId, String agencyName, long userId, long chatId,
                       String displayName, String username, Instant registeredAt, LocalDate leaveUntil,
                       Instant agencyArchivedAt) {

    OfficerView view() {
        return new OfficerView(officerId, agencyId, agencyName, userId, chatId, displayName, username, registeredAt,
                leaveUntil);
    }

    /** Whether the agency is archived, or merged into another (which archives it too). */
    boolean agencyArchived() {
        return agencyArchivedAt != null;
    }
}
