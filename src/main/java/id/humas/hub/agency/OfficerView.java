package id.humas.hub.agency;

import java.time.Instant;

/** An active officer as other modules see them. */
public record OfficerView(long officerId, long agencyId, String agencyName, long userId, long chatId,
                          String displayName, String username, Instant registeredAt) {
}
