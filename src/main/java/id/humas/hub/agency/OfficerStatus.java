package id.humas.hub.agency;

enum OfficerStatus {
    ACTIVE, REPLACED
}
