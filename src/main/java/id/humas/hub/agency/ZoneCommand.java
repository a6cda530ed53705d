package id.humas.hub.agency;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.humas.hub.system.TimeZones;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;

/**
 * {@code /zona NAMA_INSTANSI WITA} ({@code /timezone}): the team puts an agency in WIB, WITA or WIT; alone, it lists
 * every agency's zone. The agency's agenda times, "besok", reminders and coverage requests then follow its zone.
 */
@Component
class ZoneCommand implements CommandHandler {

    private static final List<String> NAMES = List.of("WIB", "WITA", "WIT");

    private final AgencyZones agencyZones;
    private final TimeZones zones;
    private final Outbox outbox;
    private final Texts texts;

    ZoneCommand(AgencyZones agencyZones, TimeZones zones, Outbox outbox, Texts texts) {
        this.agencyZones = agencyZones;
        this.zones = zones;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public List<String> names() {
        return List.of("zona", "timezone");
    }

    @Override
    public Audience audience() {
        return Audience.TEAM;
    }

    @Override
    public void handle(IncomingMessage message, String arguments) {
        outbox.send(message.chatId(), arguments.isBlank() ? overview() : move(arguments.strip()));
    }

    private String move(String arguments) {
        int lastSpace = arguments.lastIndexOf(' ');
        String zoneName = arguments.substring(lastSpace + 1);
        Optional<ZoneId> zone = NAMES.contains(zoneName.toUpperCase(java.util.Locale.ROOT))
                ? TimeZones.parse(zoneName) : Optional.empty();
        if (lastSpace < 0 || zone.isEmpty()) {
            return texts.html("zone.usage");
        }
        String agency = arguments.substring(0, lastSpace).strip();
        return agencyZones.move(agency, zone.get())
                .map(name -> texts.html("zone.set", name, zones.name(zone.get())))
                .orElseGet(() -> texts.html("zone.unknown-agency", agency) + "\n" + texts.html("zone.usage"));
    }

    private String overview() {
        StringBuilder text = new StringBuilder(texts.html("zone.list-header", zones.name(zones.home())));
        for (Map.Entry<String, ZoneId> agency : agencyZones.byName().entrySet()) {
            text.append('\n').append(texts.html("zone.list-line", agency.getKey(), zones.name(agency.getValue())));
        }
        return text.append("\n\n").append(texts.html("zone.usage")).toString();
    }
}
