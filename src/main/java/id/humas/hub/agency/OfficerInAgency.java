package id.humas.hub.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** An active officer with the agency they serve, read together ({@link OfficerRepository#findInAgency}). */
record OfficerInAgency(long officerId, long agencyId, String agencyName, long userId, long chatId,
                       String displayName, String username, Instant registeredAt, LocalDate leaveUntil,
                       Instant agencyArchivedAt, String agencyZone) {

    /** @param home {@code bot.timezone}, the zone of an agency without one of its own */
    OfficerView view(ZoneId home) {
        return new OfficerView(officerId, agencyId, agencyName, userId, chatId, displayName, username, registeredAt,
                leaveUntil, agencyZone == null ? home : ZoneId.of(agencyZone));
    }

    /** @param home {@code bot.timezone}, the zone of an agency without one of its own */
    ActiveOfficer active(ZoneId home) {
        return new ActiveOfficer(view(home), agencyArchivedAt != null);
    }
}
