package id.humas.hub.agency;

enum OfficerStatus {
    ACTIVE, REPLACED,
    /** the term of a successor whose handover the central team undid */
    UNDONE
}
