package id.humas.hub.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An active officer as other modules see them.
 *
 * @param leaveUntil the last day of the officer's leave (cuti) when one was announced, else null; it may be past,
 *                   ask {@link #leaveOn}
 */
public record OfficerView(long officerId, long agencyId, String agencyName, long userId, long chatId,
                          String displayName, String username, Instant registeredAt, LocalDate leaveUntil) {

    public OfficerView(long officerId, long agencyId, String agencyName, long userId, long chatId,
                       String displayName, String username, Instant registeredAt) {
        this(officerId, agencyId, agencyName, userId, chatId, displayName, username, registeredAt, null);
    }

    /** The last day of the leave when the officer is on leave on {@code today}. */
    public Optional<LocalDate> leaveOn(LocalDate today) {
        return leaveUntil == null || leaveUntil.isBefore(today) ? Optional.empty() : Optional.of(leaveUntil);
    }
}
