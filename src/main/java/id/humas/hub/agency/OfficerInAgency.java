package id.humas.hub.agency;

/** An officer with the agency they serve, read together. */
record OfficerInAgency(Officer officer, Agency agency) {

    OfficerView view() {
        return officer.view(agency.name());
    }
}
