package id.humas.hub.system;

/** An admin removed a member from the central team; every team right of theirs ended at once. */
public record TeamMemberRemoved(long userId, long removedBy) {
}
