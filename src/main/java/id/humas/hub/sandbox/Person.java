package id.humas.hub.sandbox;

/** Someone the sandbox page can be: a team member, an agency's officer, or a newcomer with an invite. */
record Person(long userId, String name, Role role, String agency) {

    enum Role {
        TEAM, OFFICER, NEWCOMER
    }

    boolean team() {
        return role == Role.TEAM;
    }
}
