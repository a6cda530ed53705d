package id.humas.hub.sandbox;

/** Someone the sandbox page can be: a team member, an agency's officer, or a newcomer with an invite. */
public record Person(long userId, String name, Role role, String agency) {

    public enum Role {
        TEAM, OFFICER, NEWCOMER
    }

    public boolean team() {
        return role == Role.TEAM;
    }
}
