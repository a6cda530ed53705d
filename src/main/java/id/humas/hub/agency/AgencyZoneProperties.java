package id.humas.hub.agency;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bot.agency-zones}: agencies (by name) that work in WIB, WITA or WIT rather than {@code bot.timezone}. Applied
 * at every start; {@code /zona} changes an agency's zone while the bot runs.
 */
@ConfigurationProperties("bot.agency-zones")
record AgencyZoneProperties(@DefaultValue List<String> wib, @DefaultValue List<String> wita,
                            @DefaultValue List<String> wit) {
}
