package id.humas.hub.agency;

import java.util.Optional;

/** An agency with its current officer, if it has one. */
public record AgencyView(long id, String name, Optional<OfficerView> officer) {
}
