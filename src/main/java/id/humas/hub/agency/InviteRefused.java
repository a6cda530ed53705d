package id.humas.hub.agency;

/** Why an invite code registered nobody. */
class InviteRefused extends RuntimeException {

    enum Reason {
        UNKNOWN, USED, EXPIRED, REVOKED, TEAM_MEMBER
    }

    private final Reason reason;

    InviteRefused(Reason reason) {
        super("invite " + reason.name().toLowerCase());
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
