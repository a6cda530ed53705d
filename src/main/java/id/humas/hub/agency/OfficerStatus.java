package id.humas.hub.agency;

enum OfficerStatus {
    ACTIVE, REPLACED,
    /** the term of a successor whose handover the central team undid */
    UNDONE,
    /** an admin removed the officer from the agency (/lepas), which is then vacant */
    REMOVED
}
