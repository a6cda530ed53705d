package id.humas.hub.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * An active officer as other modules see them.
 *
 * @param leaveUntil the last day of the officer's leave (cuti) when one was announced, else null; it may be past,
 *                   ask {@link #leaveOn}
 * @param agencyZone the time zone the agency works in ({@code bot.timezone} when it has none of its own), read with
 *                   the officer for each message; null where the officer was read without it
 *                   ({@link AgencyZones#today(OfficerView, java.time.Clock)} then looks it up)
 */
public record OfficerView(long officerId, long agencyId, String agencyName, long userId, long chatId,
                          String displayName, String username, Instant registeredAt, LocalDate leaveUntil,
                          ZoneId agencyZone) {

    public OfficerView(long officerId, long agencyId, String agencyName, long userId, long chatId,
                       String displayName, String username, Instant registeredAt, LocalDate leaveUntil) {
        this(officerId, agencyId, agencyName, userId, chatId, displayName, username, registeredAt, leaveUntil, null);
    }

    public OfficerView(long officerId, long agencyId, String agencyName, long userId, long chatId,
                       String displayName, String username, Instant registeredAt) {
        this(officerId, agencyId, agencyName, userId, chatId, displayName, username, registeredAt, null);
    }

    /** The last day of the leave when the officer is on leave on {@code today}. */
    public Optional<LocalDate> leaveOn(LocalDate today) {
        return leaveUntil == null || leaveUntil.isBefore(today) ? Optional.empty() : Optional.of(leaveUntil);
    }
}
