package id.humas.hub.agency;

import id.humas.hub.system.BotProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the agencies listed under {@code bot.agencies} at start-up, so the digest names them from day one. */
@Component
class ConfiguredAgencies implements ApplicationRunner {

    private final Registration registration;
    private final BotProperties properties;

    ConfiguredAgencies(Registration registration, BotProperties properties) {
        this.registration = registration;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        registration.ensureAgencies(properties.agencies());
    }
}
