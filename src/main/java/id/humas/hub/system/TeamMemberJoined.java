package id.humas.hub.system;

/** Someone became a member of the central team at run time (through a team invite). */
public record TeamMemberJoined(long userId, String name, long invitedBy) {
}
