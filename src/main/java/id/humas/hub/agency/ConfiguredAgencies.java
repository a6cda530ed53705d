package id.humas.hub.agency;

import java.util.Set;
import java.util.stream.Collectors;

import id.humas.hub.system.AuditTrail;
import id.humas.hub.system.BotProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the agencies listed under {@code bot.agencies} at start-up, so the digest names them from day one. A name an
 * admin renamed since is not created again: the configuration only seeds the agencies.
 */
@Component
class ConfiguredAgencies implements ApplicationRunner {

    private final Registration registration;
    private final BotProperties properties;
    private final AuditTrail audit;

    ConfiguredAgencies(Registration registration, BotProperties properties, AuditTrail audit) {
        this.registration = registration;
        this.properties = properties;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<String> renamed = audit.subjects(AuditTrail.Kind.AGENCY_RENAMED).stream().map(Agency::keyOf)
                .collect(Collectors.toSet());
        registration.ensureAgencies(properties.agencies().stream()
                .filter(name -> !renamed.contains(Agency.keyOf(name))).toList());
    }
}
