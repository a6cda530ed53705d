package id.humas.hub.agency;

import java.time.ZoneId;
import java.util.List;

import id.humas.hub.system.TimeZones;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Puts the agencies listed under {@code bot.agency-zones} in their zones at start-up, creating those not there yet. */
@Component
class ConfiguredZones implements ApplicationRunner {

    private final Registration registration;
    private final AgencyZones agencyZones;
    private final AgencyZoneProperties properties;

    ConfiguredZones(Registration registration, AgencyZones agencyZones, AgencyZoneProperties properties) {
        this.registration = registration;
        this.agencyZones = agencyZones;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        place(properties.wib(), TimeZones.WIB);
        place(properties.wita(), TimeZones.WITA);
        place(properties.wit(), TimeZones.WIT);
    }

    private void place(List<String> names, ZoneId zone) {
        registration.ensureAgencies(names);
        names.stream().filter(name -> !name.isBlank()).forEach(name -> agencyZones.move(name, zone));
    }
}
